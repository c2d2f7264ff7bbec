#!/usr/bin/env node
// `npm run db:build`: builds the embedded database ahead of time (CI does this before the tests).
import { ensureFerretdb } from "./build";

ensureFerretdb().then(
  (binary) => console.log(`FerretDB binary: ${binary}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
