#!/usr/bin/env node
// `npm run compose`: writes schema/<subgraph>.graphql, schema/supergraph.graphql and the public API schema/api.graphql from the code.
// `node schema/dist/cli.js --check`: composes and reports errors without writing anything.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compose } from "./compose";

const checkOnly = process.argv.includes("--check");

compose().then(
  ({ files }) => {
    if (checkOnly) {
      console.log(`composition OK (${Object.keys(files).length - 2} subgraphs); nothing written`);
      return;
    }
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
