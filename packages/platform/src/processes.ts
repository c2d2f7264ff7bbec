import { spawn, type ChildProcess } from "node:child_process";
import type { ExitInfo } from "@prisme/embedded-db";

/** A process of the platform, as the supervisor sees it. */
export interface RunningProcess {
  name: string;
  pid: number | undefined;
  /** Resolves when the process is ready to serve (with its URL, for a Node service). */
  ready: Promise<unknown>;
  /** Resolves when the process exits, however it ends. */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export interface ManagedProcess extends RunningProcess {
  child: ChildProcess;
  /** Resolves with the URL the process printed in its "ready" log line. */
  ready: Promise<string>;
}

const KEPT_LINES = 10;

/**
 * Starts a Node service of the platform, prefixes its output with its name, keeps its last lines
 * of error output (to say why it stopped), and waits for the JSON log line that carries its URL
 * ({"msg":"… ready","url":…}).
 */
export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv, nodeOptions: string[] = []): ManagedProcess {
  const child = spawn(process.execPath, [...nodeOptions, script], { env, stdio: ["ignore", "pipe", "pipe"] });
  const lastLines: string[] = [];
  let settled = false;
  const exited = new Promise<ExitInfo>((resolveExit) => child.once("exit", (code, signal) => resolveExit({ code, signal, lastLines })));
  const ready = new Promise<string>((resolveReady, reject) => {
    const onLine = (line: string, stream: NodeJS.WriteStream) => {
      if (!line.trim()) return;
      stream.write(`[${name}] ${line}\n`);
      if (stream === process.stderr) {
        lastLines.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
        if (lastLines.length > KEPT_LINES) lastLines.shift();
      }
      if (settled) return;
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && entry.msg?.endsWith("ready")) {
          settled = true;
          resolveReady(entry.url);
        }
      } catch {
        // not a JSON log line
      }
    };
    pipeLines(child.stdout!, (line) => onLine(line, process.stdout));
    pipeLines(child.stderr!, (line) => onLine(line, process.stderr));
    child.once("exit", (code, signal) => {
      if (!settled) {
        settled = true;
        reject(new Error(`${name} exited (${signal ? `signal ${signal}` : `code ${code}`}) before it was ready (see its output above)`));
      }
    });
  });
  // A caller that only watches `exited` must not see an unhandled rejection.
  ready.catch(() => undefined);
  return {
    name,
    pid: child.pid,
    child,
    ready,
    exited,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolveStop();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Calls back with each line a stream writes (the last one too, when it has no line break). */
export function pipeLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = "";
  stream.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    lines.forEach(onLine);
  });
  stream.on("end", () => buffer && onLine(buffer));
}
