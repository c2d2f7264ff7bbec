#!/usr/bin/env node
// `npm run screenshots -w @prisme/web`: the first screen of every page type, at desktop (1280 px)
// and mobile (375 px) widths, from the running site at PRISME_WEB_URL, into docs/screenshots/
// (shown in web/README.md). Uses Debian's chromium (CHROME_PATH).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const CLERMONT = "commune=63113&lat=45.7856&lon=3.1155&rayon=30";

const PAGES: Record<string, string> = {
  accueil: "/",
  recherche: "/recherche?type=formations&q=bts&niveau=5",
  "pres-de-chez-moi": `/pres-de-chez-moi?${CLERMONT}`,
  metier: `/metiers/MET.12?${CLERMONT}`,
  formation: `/formations/FOR.5337?${CLERMONT}`,
  etablissement: "/etablissements/0631978H",
  offre: "/offres/AUV-OF-000101",
  structure: "/structures/demo-ft-clermont",
  evenement: "/evenements/demo-forum-clermont",
  quiz: "/quiz?r=Q01.a,Q02.d,Q03.b",
  "quiz-resultats": "/quiz?r=Q01.a,Q02.d,Q03.b,Q04.a,Q05.a,Q06.a,Q07.a,Q08.a",
  "page-introuvable": "/metiers/MET.99999",
};

const WIDTHS = { desktop: { width: 1280, height: 800 }, mobile: { width: 375, height: 740 } };

async function main() {
  const site = process.env.PRISME_WEB_URL ?? "http://127.0.0.1:3000/";
  const out = join(__dirname, "..", "..", "docs", "screenshots");
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const [device, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "fr-FR", colorScheme: "light" });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(new URL(path, site).toString(), { waitUntil: "networkidle" });
        const file = join(out, `${name}-${device}.jpg`);
        await page.screenshot({ path: file, type: "jpeg", quality: 80 });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
