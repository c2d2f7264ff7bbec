import { withThrowAwayDatabase } from "@prisme/embedded-db";

/** Runs the bench against MONGODB_URI, or a throw-away embedded FerretDB started for it. */
export const withBenchDatabase = <T>(run: (uri: string) => Promise<T>) => withThrowAwayDatabase(run, "prisme-region-bench");

/**
 * Watches the event loop while `work` runs: how long a 5 ms timer waited past its due time at
 * worst (what a request arriving then would wait). On a machine shared with other work the wait
 * also counts time the process was not scheduled at all, so the CPU time the process used during
 * that wait is given too: the work held the loop at most that long.
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; blockedMs: number; blockedCpuMs: number; ms: number }> {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let worst = 0;
  let worstCpu = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const late = now - last - 5;
    worst = Math.max(worst, late);
    worstCpu = Math.max(worstCpu, Math.min(late, (cpu.user + cpu.system) / 1000));
    last = now;
    lastCpu = process.cpuUsage();
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, blockedMs: worst, blockedCpuMs: worstCpu, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** Posts a GraphQL document `rounds` times and returns each latency in ms (an error stops the bench). */
export async function timeQuery(url: string, query: string, rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${query}: ${body.errors[0]!.message}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/** Times a synchronous in-process call `rounds` times; latencies in ms. */
export function timeCall(call: () => unknown, rounds: number): number[] {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    call();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/** "p50 … p95 … max" of a list of latencies, in ms. */
export function percentiles(label: string, latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  return `${label.padEnd(44)} n=${String(sorted.length).padStart(5)}  p50 ${ms(at(50))} ms  p95 ${ms(at(95))} ms  max ${ms(sorted[sorted.length - 1]!)} ms`;
}
