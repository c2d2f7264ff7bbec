#!/usr/bin/env node
// `npm run import:samples [-- <folder>]`: imports every real sample file (../shared/data by default)
// into the database `npm start` runs, one `npm run import` per file, in an order that suits their links.
import { spawnSync } from "node:child_process";
import { resolve, relative } from "node:path";
import { projectRoot } from "@prisme/embedded-db";
import { withDatabase } from "./database";
import { sampleFilesIn } from "./sample-files";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--help" || argv[0] === "-h") {
    console.log("Usage: npm run import:samples [-- <folder laid out like ../shared/data>]");
    return 0;
  }
  const folder = resolve(argv[0] ?? resolve(projectRoot(), "..", "shared", "data"));
  const files = sampleFilesIn(folder);
  // One database for the whole run: the one `npm start` runs, MONGODB_URI, or one started for it.
  // Each import finds the same database: MONGODB_URI, or the embedded one on PRISME_DB_PORT.
  return withDatabase(process.env.MONGODB_URI, async () => {
    const summaries: string[] = [];
    let failed = 0;
    const started = performance.now();
    for (const [index, [source, path]] of files.entries()) {
      console.error(`[${index + 1}/${files.length}] ${source} ${relative(folder, path)}`);
      const run = spawnSync(process.execPath, ["--max-old-space-size=384", resolve(__dirname, "import.js"), source, path], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
      const lines = run.stdout.trim().split("\n");
      process.stderr.write(run.stdout);
      const summary = lines.find((line) => /: read \d+/.test(line)) ?? lines.at(-1) ?? "";
      if (run.status === 0) summaries.push(summary);
      else {
        failed += 1;
        summaries.push(`${source} ${relative(folder, path)}: failed (exit ${run.status}) ${summary}`);
      }
    }
    console.log(summaries.join("\n"));
    console.log(`${files.length - failed} of ${files.length} files imported in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return failed ? 1 : 0;
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import:samples failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
