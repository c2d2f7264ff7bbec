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
}

type RunnerResult = { lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } };
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<RunnerResult | undefined>;
type ChromeLauncher = { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }> };

const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps"];

/** The four Lighthouse scores (0–100) and the main metrics of each page. */
export async function lighthouseScores(site: string, pages: Record<string, string>): Promise<Record<string, Scores>> {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const { default: lighthouse } = await importEsm<{ default: Lighthouse }>("lighthouse");
  const launcher = await importEsm<ChromeLauncher>("chrome-launcher");
  const chrome = await launcher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const scores: Record<string, Scores> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(new URL(path, site).toString(), { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (category: string) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      const audit = (id: string) => result.lhr.audits[id]?.numericValue ?? NaN;
      scores[name] = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        tbtMs: Math.round(audit("total-blocking-time")),
        cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
