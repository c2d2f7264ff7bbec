/** One GraphQL operation sent over HTTP. */
export interface Operation {
  label: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface Timings {
  label: string;
  count: number;
  errors: number;
  /** A sample error message, when any. */
  error?: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Sends one operation; resolves with its latency in ms and its first error, if any. */
export async function send(operation: Operation): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  try {
    const response = await fetch(operation.url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    return { ms: performance.now() - started, error: body.errors?.[0]?.message ?? (response.ok ? null : `HTTP ${response.status}`) };
  } catch (error) {
    return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Summarises latencies. */
export function summarise(label: string, samples: { ms: number; error: string | null }[]): Timings {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => s.error);
  return {
    label,
    count: samples.length,
    errors: failed.length,
    error: failed[0]?.error ?? undefined,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/**
 * Sends an operation at a fixed rate (an open loop: a slow answer does not slow the next request
 * down, as with real users), `count` times, and summarises the latencies.
 */
export async function atFixedRate(operation: Operation, perSecond: number, count: number): Promise<Timings> {
  const interval = 1000 / perSecond;
  const pending: Promise<{ ms: number; error: string | null }>[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(operation));
  }
  return summarise(operation.label, await Promise.all(pending));
}

/** As many requests as `concurrency` clients can send in `seconds` (a closed loop): the throughput. */
export async function throughput(operations: Operation[], concurrency: number, seconds: number): Promise<{ perSecond: number; timings: Timings }> {
  const until = performance.now() + seconds * 1000;
  const samples: { ms: number; error: string | null }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) samples.push(await send(operations[next++ % operations.length]!));
    }),
  );
  return { perSecond: samples.length / seconds, timings: summarise("throughput", samples) };
}

const ms = (value: number) => value.toFixed(1).padStart(7);

/** A table of timings, one line per operation, worst p95 first. */
export function table(rows: Timings[], goalMs?: number): string {
  const lines = [`${"operation".padEnd(64)} ${"n".padStart(4)} ${"err".padStart(4)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(7)}`];
  for (const row of [...rows].sort((a, b) => b.p95 - a.p95)) {
    const flag = goalMs !== undefined && row.p95 > goalMs ? "  > goal" : "";
    lines.push(`${row.label.slice(0, 64).padEnd(64)} ${String(row.count).padStart(4)} ${String(row.errors).padStart(4)} ${ms(row.p50)} ${ms(row.p95)} ${ms(row.p99)} ${ms(row.max)}${flag}${row.error ? `  (${row.error.slice(0, 80)})` : ""}`);
  }
  return lines.join("\n");
}
