import type { ExitInfo } from "@prisme/embedded-db";
import type { RunningProcess } from "./processes";

export interface SupervisionPolicy {
  /** A process that crashes this many times within `windowMs` is given up on, and the platform stops. */
  maxCrashes: number;
  windowMs: number;
  /** Delay before the first restart; doubled at each crash within the window, up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_POLICY: SupervisionPolicy = { maxCrashes: 5, windowMs: 60_000, initialDelayMs: 500, maxDelayMs: 8_000 };

interface Watched {
  name: string;
  current: RunningProcess;
  restart: () => RunningProcess | Promise<RunningProcess>;
  crashes: number[];
  startedAt: number;
}

/** Why a process ended, in words: its exit code or signal. */
export function describeExit(info: ExitInfo): string {
  return info.signal ? `was killed by signal ${info.signal}` : `exited with code ${info.code}`;
}

/**
 * Keeps the platform's processes running: one that stops unexpectedly is restarted after a
 * delay that doubles with each crash (0.5 s, 1 s, 2 s…), while the others keep serving. One that
 * keeps crashing (`maxCrashes` times within `windowMs`) is given up on: `onGiveUp` stops everything.
 */
export class Supervisor {
  private readonly watched: Watched[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopping = false;

  constructor(
    private readonly onGiveUp: (name: string) => void,
    private readonly policy: SupervisionPolicy = DEFAULT_POLICY,
    private readonly log: (line: string) => void = (line) => console.error(`[supervisor] ${line}`),
  ) {}

  /** Watches a running process; `restart` starts a new one in its place (same port, same settings). */
  watch(name: string, current: RunningProcess, restart: () => RunningProcess | Promise<RunningProcess>): void {
    const entry: Watched = { name, current, restart, crashes: [], startedAt: Date.now() };
    this.watched.push(entry);
    this.follow(entry, current);
  }

  /** Stops every process, the last watched first (the gateway before the subgraphs before the database). */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const entry of [...this.watched].reverse()) await entry.current.stop();
  }

  private follow(entry: Watched, proc: RunningProcess): void {
    void proc.exited.then((info) => {
      if (!this.stopping && entry.current === proc) this.crashed(entry, info);
    });
  }

  private crashed(entry: Watched, info: ExitInfo): void {
    const now = Date.now();
    entry.crashes = [...entry.crashes.filter((at) => now - at < this.policy.windowMs), now];
    const uptime = ((now - entry.startedAt) / 1000).toFixed(1);
    const lines = info.lastLines.length ? `; its last error output:\n${info.lastLines.map((line) => `    ${line}`).join("\n")}` : "; it wrote no error output";
    this.log(`${entry.name} ${describeExit(info)} after ${uptime} s${lines}`);
    const { maxCrashes, windowMs } = this.policy;
    if (entry.crashes.length >= maxCrashes) {
      this.log(`${entry.name} crashed ${entry.crashes.length} times within ${windowMs / 1000} s: giving up, stopping everything. Fix the cause above and start again.`);
      this.onGiveUp(entry.name);
      return;
    }
    const delay = Math.min(this.policy.maxDelayMs, this.policy.initialDelayMs * 2 ** (entry.crashes.length - 1));
    this.log(`restarting ${entry.name} in ${(delay / 1000).toFixed(1)} s (crash ${entry.crashes.length}; after ${maxCrashes} within ${windowMs / 1000} s Prisme stops); the other processes keep serving`);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.restart(entry, now);
    }, delay);
    this.timers.add(timer);
  }

  private async restart(entry: Watched, crashedAt: number): Promise<void> {
    if (this.stopping) return;
    let proc: RunningProcess;
    try {
      proc = await entry.restart();
    } catch (error) {
      // It could not even start (e.g. the database exited at once): that is one more crash.
      if (!this.stopping) this.crashed(entry, { code: 1, signal: null, lastLines: [error instanceof Error ? error.message : String(error)] });
      return;
    }
    entry.current = proc;
    entry.startedAt = Date.now();
    if (this.stopping) return void (await proc.stop());
    this.follow(entry, proc);
    await proc.ready.then(
      (url) => this.log(`${entry.name} is back (${typeof url === "string" ? `${url}, ` : ""}pid ${proc.pid}), ${((Date.now() - crashedAt) / 1000).toFixed(1)} s after it stopped`),
      () => undefined, // its exit is reported by follow()
    );
  }
}
