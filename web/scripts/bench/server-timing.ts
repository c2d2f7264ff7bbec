// Server rendering time as a browser sees it on the same machine: from sending the request to the
// last byte of the HTML (compressed as a browser asks), one request at a time.

export interface Timings {
  p50: number;
  p95: number;
  max: number;
  mean: number;
  count: number;
  statuses: Record<number, number>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Fetches each address in turn (after `warmup` requests that are not counted) and gives the percentiles in ms. */
export async function measure(site: string, paths: string[], warmup = 5): Promise<Timings> {
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(new URL(path, site), { headers: { "accept-encoding": "br, gzip", accept: "text/html" } });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  };
  for (const path of paths.slice(0, warmup)) await get(path);
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  for (const path of paths) {
    const { ms, status } = await get(path);
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted[sorted.length - 1]), mean: round(times.reduce((a, b) => a + b, 0) / times.length), count: times.length, statuses };
}
