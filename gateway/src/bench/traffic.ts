/** One request's outcome, as the bench counts it. */
export interface Outcome {
  ms: number;
  status: number;
  ok: boolean;
  partial: boolean;
  code?: string;
}

/** Sends one GraphQL POST to the gateway on 127.0.0.1 and classifies the answer. */
export async function send(url: string, body: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const ms = performance.now() - started;
    const code = json.errors?.[0]?.extensions?.code;
    return { ms, status: response.status, ok: response.status === 200 && !json.errors, partial: response.status === 200 && Boolean(json.data) && Boolean(json.errors), code };
  } catch {
    return { ms: performance.now() - started, status: 0, ok: false, partial: false, code: "NETWORK_ERROR" };
  }
}

/**
 * Steady "normal" traffic: `workers` clients each sending one request after another until
 * stopped, or until `maxRequests` were sent in all (the bench is bounded in count and time).
 */
export function startTraffic(url: string, body: () => string, workers: number, maxRequests: number) {
  const outcomes: { at: number; outcome: Outcome }[] = [];
  let running = true;
  let sent = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running && sent < maxRequests) {
      sent += 1;
      const outcome = await send(url, body());
      outcomes.push({ at: performance.now(), outcome });
    }
  });
  return {
    outcomes,
    /** Outcomes received between two instants (performance.now()). */
    between: (from: number, to: number) => outcomes.filter((o) => o.at >= from && o.at <= to).map((o) => o.outcome),
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Median and maximum of a list of durations. */
export function stats(values: number[]): { p50: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}
