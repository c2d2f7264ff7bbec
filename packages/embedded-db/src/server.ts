import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { ensureFerretdb } from "./build";

/** How a process ended: its exit code or signal, and its last lines of output (to say why). */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  lastLines: string[];
}

export interface EmbeddedDb {
  /** mongodb:// URI of the running server (no database name). */
  uri: string;
  port: number;
  pid: number | undefined;
  /** Resolves when FerretDB exits, whether stopped or crashed (a supervisor restarts it). */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Folder of the SQLite files. */
  dataDir: string;
  progress?: (message: string) => void;
  /** Where FerretDB's own log goes; defaults to nowhere. */
  log?: (line: string) => void;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolveAnswer(true);
    });
    socket.once("error", () => resolveAnswer(false));
  });
}

/**
 * FerretDB's Go garbage collector runs when its heap has grown by GOGC percent since the last one
 * (Go's default: 100). Reading 20 offers by _id decodes ~110 KB of stored JSON, and the collector
 * took a quarter of FerretDB's CPU: 6.1 ms per page of 20 offers at the default, 4.5 ms at 400,
 * for ~15 MB more memory (53 → 68 MB after a load of 56,000 offers). A GOGC set in the environment
 * wins (Go's own setting: a positive percentage, or "off").
 */
export const DEFAULT_GOGC = "400";

/** The GOGC the embedded database runs with: the environment's if valid, else ours; a wrong one is refused. */
export function gogcOf(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.GOGC?.trim();
  if (value === undefined || value === "") return DEFAULT_GOGC;
  if (!/^(off|[1-9]\d{0,5})$/.test(value)) {
    throw new Error(`GOGC="${env.GOGC}" is not a setting the embedded database (Go) understands: give a whole percentage such as 400, or off.`);
  }
  return value;
}

/**
 * Starts FerretDB (SQLite backend) on 127.0.0.1 only: that backend has no authentication,
 * so it must never listen on another interface. Telemetry and the debug HTTP listener are off.
 */
export async function startEmbeddedDb(options: StartOptions): Promise<EmbeddedDb> {
  const gogc = gogcOf();
  const binary = await ensureFerretdb(options.progress);
  const port = options.port || (await freePort());
  if (await portAnswers(port)) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded database cannot start there. ` +
        "Stop what listens on it, or choose another port with PRISME_DB_PORT.",
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawn(
    binary,
    [
      "--handler=sqlite",
      // WAL with synchronous=NORMAL: a committed write survives a crash of FerretDB or of Prisme, and
      // only an OS crash or a power cut may lose the last ones (never a corrupt file); with the default
      // FULL, every statement of an update command waited for its own fsync (2,000 replacements: 4.4 s
      // against 2.0 s).
      `--sqlite-url=file:${options.dataDir.endsWith("/") ? options.dataDir : options.dataDir + "/"}?_pragma=synchronous(normal)`,
      `--state-dir=${options.dataDir}`,
      `--listen-addr=127.0.0.1:${port}`,
      "--debug-addr=-",
      "--telemetry=disable",
      "--log-level=warn",
      "--log-format=text",
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DO_NOT_TRACK: "1", GOGC: gogc } },
  );
  let output = "";
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    options.log?.(chunk.toString().trimEnd());
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  let exited: number | null | undefined;
  const exitInfo = new Promise<ExitInfo>((resolveExit) =>
    child.on("exit", (code, signal) => {
      exited = code;
      // FerretDB's log entries start with "time="; the lines between them are dumps of wire messages.
      const entries = output.split("\n").filter((line) => line.startsWith("time="));
      resolveExit({ code, signal, lastLines: entries.slice(-5).map((line) => (line.length > 240 ? `${line.slice(0, 240)}…` : line)) });
    }),
  );

  const deadline = Date.now() + 30_000;
  while (!(await portAnswers(port))) {
    if (exited !== undefined) throw new Error(`FerretDB exited with code ${exited} at start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`FerretDB did not listen on 127.0.0.1:${port} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    pid: child.pid,
    exited: exitInfo,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (exited !== undefined) return resolveStop();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolveStop();
        });
        child.kill("SIGTERM");
      }),
  };
}
