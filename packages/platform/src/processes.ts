import { spawn, type ChildProcess } from "node:child_process";

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the URL the process printed in its "ready" log line. */
  ready: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a Node service of the platform, prefixes its output with its name, and waits for the
 * JSON log line that carries its URL ({"msg":"… ready","url":…}).
 */
export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ["ignore", "pipe", "pipe"] });
  let settled = false;
  const ready = new Promise<string>((resolveReady, reject) => {
    const onLine = (line: string, stream: NodeJS.WriteStream) => {
      if (!line.trim()) return;
      stream.write(`[${name}] ${line}\n`);
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
    child.once("exit", (code) => {
      if (!settled) {
        settled = true;
        reject(new Error(`${name} exited with code ${code} before it was ready (see its output above)`));
      }
    });
  });
  return {
    name,
    child,
    ready,
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

function pipeLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let buffer = "";
  stream.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    lines.forEach(onLine);
  });
  stream.on("end", () => buffer && onLine(buffer));
}
