#!/usr/bin/env node
// `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compose } from "./compose";

compose().then(
  ({ files }) => {
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(__dirname, "..", name), content);
      console.log(`schema/${name} written`);
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
