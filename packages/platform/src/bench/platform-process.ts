import { spawn } from "node:child_process";
import { pipeLines } from "../processes";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, projectRoot } from "@prisme/embedded-db";

/** Something the platform said, with when (performance.now()). */
export interface PlatformEvent {
  at: number;
  line: string;
}

export interface LaunchedPlatform {
  gatewayUrl: string;
  /** The current pid of a process of the platform (database, onisep…, gateway), from its latest start line. */
  pidOf(name: string): number;
  /** Resolves at the first line (from now on) that matches, with when it was printed. */
  next(pattern: RegExp, timeoutMs?: number): Promise<PlatformEvent>;
  stop(): Promise<void>;
}

const SERVICES = ["onisep", "carif-oref", "rectorat", "region"];

/**
 * Runs `npm start`'s entry (packages/platform/dist/start.js) as a child process, on free loopback
 * ports and a throw-away data folder, and follows what it prints: the pids of its processes
 * (each ready line carries one) and the supervisor's messages.
 */
export async function launchPlatform(extraEnv: NodeJS.ProcessEnv = {}): Promise<LaunchedPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "prisme-faults-"));
  const ports = { PORT: await freePort(), PRISME_DB_PORT: await freePort(), ...Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [`PORT_${s.toUpperCase().replace("-", "_")}`, await freePort()]))) };
  const env: NodeJS.ProcessEnv = { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), PRISME_DATA_DIR: dataDir, PRISME_DEMO_DATA: "if-empty", HOST: "127.0.0.1", LOG_LEVEL: "warn", RATE_LIMIT_POINTS: "0", RESPONSE_CACHE_TTL_S: "0", ...extraEnv };
  const child = spawn(process.execPath, [join(projectRoot(), "packages", "platform", "dist", "start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const pids = new Map<string, number>();
  const waiters: { pattern: RegExp; resolve: (event: PlatformEvent) => void }[] = [];
  const log: string[] = [];
  const onLine = (line: string) => {
    log.push(line);
    if (log.length > 200) log.shift();
    const ready = /^\[([\w-]+)\] \{.*"msg":"(?:subgraph|gateway) ready".*"pid":(\d+)/.exec(line);
    if (ready) pids.set(ready[1], Number(ready[2]));
    const db = /^Embedded database .*\(pid (\d+)\)/.exec(line) ?? /^\[supervisor\] database is back \(.*pid (\d+)\)/.exec(line);
    if (db) pids.set("database", Number(db[1]));
    const back = /^\[supervisor\] ([\w-]+) is back \(.*pid (\d+)\)/.exec(line);
    if (back) pids.set(back[1], Number(back[2]));
    const event = { at: performance.now(), line };
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    pipeLines(stream, onLine);
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const next = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<PlatformEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; last lines:\n${log.slice(-20).join("\n")}`)), timeoutMs);
      waiters.push({ pattern, resolve: (event) => (clearTimeout(timer), resolve(event)) });
    });
  const up = next(/^Prisme is up\. Unified GraphQL endpoint: (\S+)/, 600_000);
  const failed = exited.then((code) => {
    throw new Error(`the platform exited (code ${code}) before it was up; last lines:\n${log.slice(-20).join("\n")}`);
  });
  const upLine = await Promise.race([up, failed]);
  const gatewayUrl = /endpoint: (\S+)/.exec(upLine.line)![1];
  return {
    gatewayUrl,
    pidOf: (name) => {
      const pid = pids.get(name);
      if (!pid) throw new Error(`no pid known for ${name}`);
      return pid;
    },
    next,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
