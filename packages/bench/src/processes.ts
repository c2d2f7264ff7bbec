import { spawn, type ChildProcess } from "node:child_process";
import { pipeLines } from "@prisme/platform/dist/processes";
import { readFileSync } from "node:fs";

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the URL of the first JSON log line whose msg ends in "ready". */
  ready: Promise<string>;
  /** The JSON log lines seen so far. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts a node script of the platform, keeps its JSON log lines, and waits for its "… ready" line. */
export function startChild(name: string, script: string, env: NodeJS.ProcessEnv, args: string[] = [], nodeOptions: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  const logs: Record<string, unknown>[] = [];
  let resolveReady!: (url: string) => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<string>((resolve, reject) => ((resolveReady = resolve), (rejectReady = reject)));
  let tail = "";
  const onLine = (line: string) => {
    tail = `${tail}\n${line}`.slice(-2000);
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (typeof entry.url === "string" && String(entry.msg ?? "").endsWith("ready")) resolveReady(entry.url);
    } catch {
      // not a JSON line
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    pipeLines(stream, onLine);
  }
  child.once("exit", (code) => rejectReady(new Error(`${name} exited (code ${code}) before it was ready:${tail}`)));
  return {
    name,
    process: child,
    ready,
    logs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A process's resident memory now and at its peak (from /proc), in MB; null where /proc is not there. */
export function memoryOf(pid: number | undefined): { rssMb: number; peakMb: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
  } catch {
    return null;
  }
}

/** Runs a command to its end, following its peak memory; rejects with its output when it fails. */
export function runChild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => undefined,
  nodeOptions: string[] = [],
): Promise<{ ms: number; peakMb: number | null; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let peakMb: number | null = null;
  const sampler = setInterval(() => {
    const memory = memoryOf(child.pid);
    if (memory) peakMb = Math.max(peakMb ?? 0, memory.peakMb);
  }, 100);
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffer = "";
    stream.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      lines.forEach(onLine);
    });
  }
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => {
      clearInterval(sampler);
      const result = { ms: performance.now() - started, peakMb, output };
      if (code === 0) resolve(result);
      else reject(new Error(`${script} ${args.join(" ")} exited with code ${code}:\n${output.slice(-3000)}`));
    }),
  );
}
