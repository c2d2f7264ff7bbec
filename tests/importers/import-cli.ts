import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "@prisme/embedded-db";

const CLI = join(projectRoot(), "packages", "platform", "dist", "import.js");

/** Where to stop an import: after the `count`-th line of its progress that matches `line`. */
export interface KillPoint {
  line: RegExp;
  count: number;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Progress lines that matched the kill point, when one was given. */
  matched: number;
}

/**
 * Runs `node packages/platform/dist/import.js <source> <file>` (the import CLI, as built) against
 * a database of the test run, with progress on every record; kills it with SIGKILL at a point.
 */
export function runImportCli(service: string, dbName: string, source: string, file: string, kill?: KillPoint): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (the test runs the import CLI as built)`);
  const key = service.toUpperCase().replace(/[^A-Z0-9]/g, "_");
  const child = spawn(process.execPath, [CLI, source, file], {
    env: { ...process.env, MONGODB_URI: process.env.MONGODB_URI, [`MONGODB_DB_${key}`]: dbName, PRISME_PROGRESS_MS: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderrTail = "";
  let matched = 0;
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      stderrTail = `${stderrTail}\n${line}`.slice(-2_000);
      if (kill && kill.line.test(line) && (matched += 1) === kill.count) child.kill("SIGKILL");
    }
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (!kill && code !== 0) reject(new Error(`import ${source} exited with code ${code}:\n${stdout}\n${stderrTail}`));
      else resolve({ code, signal, stdout, matched });
    });
  });
}

/** Runs the LHEO generator (as built) into a file. */
export function generateLheoFeed(offres: number, seed: number, data: string, path: string): Promise<void> {
  const generator = join(projectRoot(), "services", "carif-oref", "dist", "generator", "cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(`${JSON.stringify(process.execPath)} ${JSON.stringify(generator)} --offres ${offres} --seed ${seed} --data ${JSON.stringify(data)} > ${JSON.stringify(path)}`, { shell: true, stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the LHEO generator exited with code ${code}`))));
  });
}
