import { join } from "node:path";
import { runChild } from "./processes";

export { SAMPLE_FILES as REAL_FILES } from "@prisme/platform/dist/sample-files";

export interface ImportRun {
  source: string;
  file: string;
  seconds: number;
  read: number;
  perSecond: number;
  peakMb: number | null;
  summary: string;
}

/** Runs one import through the CLI, as a user does, and measures it. */
export async function runImport(root: string, env: NodeJS.ProcessEnv, source: string, file: string, progress: (line: string) => void = () => undefined): Promise<ImportRun> {
  const { ms, peakMb, output } = await runChild(join(root, "packages/platform/dist/import.js"), [source, file], env, progress, ["--max-old-space-size=384"]);
  const summary = output.split("\n").find((line) => /: read \d+/.test(line)) ?? output.trim().split("\n").pop() ?? "";
  const read = Number(/: read (\d+)/.exec(summary)?.[1] ?? 0);
  return { source, file: file.split("/").pop()!, seconds: ms / 1000, read, perSecond: read / (ms / 1000), peakMb, summary };
}

/** The import runs as a table. */
export function importTable(runs: ImportRun[]): string {
  const lines = [`${"source".padEnd(26)} ${"file".padEnd(58)} ${"records".padStart(8)} ${"s".padStart(7)} ${"rec/s".padStart(8)} ${"peak RSS".padStart(9)}`];
  for (const run of runs) {
    lines.push(
      `${run.source.padEnd(26)} ${run.file.slice(0, 58).padEnd(58)} ${String(run.read).padStart(8)} ${run.seconds.toFixed(1).padStart(7)} ${Math.round(run.perSecond).toString().padStart(8)} ${run.peakMb === null ? "?".padStart(9) : `${run.peakMb} MB`.padStart(9)}`,
    );
  }
  return lines.join("\n");
}
