#!/usr/bin/env node
// `npm run bench -w @prisme/web`: on a Prisme of its own with the real data imported (or on the
// one at PRISME_WEB_URL), the server rendering time of the home, search, métier and formation pages
// (p50/p95 over BENCH_REQUESTS requests each, 60 by default), then Lighthouse in mobile mode on
// every page type. Goals: métier page p95 ≤ 300 ms; Lighthouse accessibility 100 and performance
// ≥ 90 everywhere. Talks to 127.0.0.1 only.
import { lighthouseScores } from "./lighthouse";
import { pagesToMeasure, pageTypes } from "./pages";
import { startBenchPlatform } from "./platform";
import { measure, type Timings } from "./server-timing";

async function main() {
  const own = process.env.PRISME_WEB_URL ? undefined : await startBenchPlatform(Number(process.env.BENCH_OFFRES ?? 50_000), (line) => console.log(`  ${line}`));
  try {
    await bench(own?.site ?? process.env.PRISME_WEB_URL!);
  } finally {
    await own?.stop();
  }
}

async function bench(site: string) {
  const count = Number(process.env.BENCH_REQUESTS ?? 60);
  console.log(`Web bench against ${site} (${count} requests per page type)`);
  const pages = await pagesToMeasure(site, count);

  const timings: Record<string, Timings> = {};
  for (const [name, paths] of Object.entries(pages)) {
    timings[name] = await measure(site, paths);
    const t = timings[name];
    console.log(`  ${name.padEnd(10)} p50 ${String(t.p50).padStart(6)} ms   p95 ${String(t.p95).padStart(6)} ms   max ${String(t.max).padStart(6)} ms   (${t.count} requests, HTTP ${JSON.stringify(t.statuses)})`);
  }

  let scores: Awaited<ReturnType<typeof lighthouseScores>> = {};
  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    console.log("\nLighthouse (mobile: slow 4G, CPU ×4; median of BENCH_LIGHTHOUSE_RUNS runs, 3 by default)");
    scores = await lighthouseScores(site, pageTypes(pages), Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
    for (const [name, s] of Object.entries(scores)) {
      console.log(`  ${name.padEnd(18)} performance ${String(s.performance).padStart(3)}  accessibility ${String(s.accessibility).padStart(3)}  best practices ${String(s["best-practices"]).padStart(3)}  SEO ${String(s.seo).padStart(3)}   LCP ${s.lcpMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls}`);
      for (const failure of s.accessibilityFailures) console.log(`      accessibility: ${failure}`);
    }
  }

  const misses = [
    ...(timings.metier.p95 > 300 ? [`métier page p95 ${timings.metier.p95} ms > 300 ms`] : []),
    ...Object.entries(timings).flatMap(([name, t]) => Object.entries(t.statuses).filter(([status]) => status !== "200").map(([status, n]) => `${name}: ${n} answers with HTTP ${status}`)),
    ...Object.entries(scores).flatMap(([name, s]) => [...(s.accessibility < 100 ? [`${name}: accessibility ${s.accessibility} < 100`] : []), ...(s.performance < 90 ? [`${name}: performance ${s.performance} < 90`] : [])]),
  ];
  console.log(misses.length ? `\nGoals missed:\n  ${misses.join("\n  ")}` : "\nAll goals met.");
  console.log(`\n${JSON.stringify({ timings, lighthouse: scores })}`);
  process.exitCode = misses.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`web bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
