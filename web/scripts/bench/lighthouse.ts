// Lighthouse in its default mode (a mobile phone on a slow 4G network, CPU slowed 4×) on one page
// of each type, with Debian's chromium (CHROME_PATH) and nothing reaching beyond 127.0.0.1.
import { importEsm } from "./esm";

export interface Scores {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The accessibility audits that did not pass, if any. */
  accessibilityFailures: string[];
}

type RunnerResult = {
  lhr: {
    runtimeError?: { code: string; message: string };
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  };
};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<RunnerResult | undefined>;
type ChromeLauncher = { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }> };

const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps"];

/**
 * The four Lighthouse scores (0–100) and the main metrics of each page: the run with the median
 * performance score of `runs` (Lighthouse's own advice, as one run varies with the machine's load).
 */
export async function lighthouseScores(site: string, pages: Record<string, string>, runs = 3): Promise<Record<string, Scores>> {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const { default: lighthouse } = await importEsm<{ default: Lighthouse }>("lighthouse");
  const launcher = await importEsm<ChromeLauncher>("chrome-launcher");
  const chrome = await launcher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const scores: Record<string, Scores> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const results: Scores[] = [];
      for (let run = 0; run < runs; run++) results.push(await audit(lighthouse, chrome.port, site, path));
      scores[name] = results.sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)];
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** One Lighthouse run on one page. */
async function audit(lighthouse: Lighthouse, port: number, site: string, path: string): Promise<Scores> {
  const result = await lighthouse(new URL(path, site).toString(), { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
  if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(metric("largest-contentful-paint")),
    tbtMs: Math.round(metric("total-blocking-time")),
    cls: Math.round(metric("cumulative-layout-shift") * 1000) / 1000,
    accessibilityFailures: (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`),
  };
}
