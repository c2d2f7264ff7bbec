import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's chromium (Playwright's own browser download is not used). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless chromium, with nothing that would reach the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface ContextOptions {
  theme?: "light" | "dark";
  /** Viewport width in CSS pixels (320 for the smallest phones). */
  width?: number;
  javaScript?: boolean;
}

/** A fresh browser profile: light or dark system theme, a width, JavaScript on or off. */
export function newContext(browser: Browser, { theme = "light", width = 1280, javaScript = true }: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ colorScheme: theme, viewport: { width, height: 900 }, javaScriptEnabled: javaScript, locale: "fr-FR", timezoneId: "Europe/Paris" });
}
