// Accessibility of every page type in a real browser: axe-core reports no violation of the WCAG
// 2.1 A and AA rules, in the light and dark themes and on a 320 px wide screen (where nothing may
// scroll sideways); the search suggestions and the Quiz Métiers work with the keyboard alone.
import type { Page } from "playwright-core";
import { wcagViolations } from "../src/axe";
import { newContext, type ContextOptions } from "../src/browser";
import { startTestSite, type TestSite } from "../src/site";

jest.setTimeout(300_000);

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site?.dispose());

const CLERMONT = "commune=63113&lat=45.7856&lon=3.1155&rayon=30";
const QUIZ_ANSWERS = "Q01.a,Q02.d,Q03.b,Q04.a,Q05.a,Q06.a,Q07.a,Q08.a";

/** One address per page type (and per state worth checking). */
const PAGES = [
  "/",
  "/recherche?q=bois",
  "/recherche?type=formations&niveau=5",
  "/recherche?type=etablissements&secteur=PUBLIC&" + CLERMONT,
  "/pres-de-chez-moi",
  "/pres-de-chez-moi?lieu=saint-fl",
  `/pres-de-chez-moi?${CLERMONT}`,
  `/metiers/MET.12?${CLERMONT}`,
  "/metiers/MET.12",
  `/formations/FOR.5337?${CLERMONT}`,
  "/etablissements/0631978H",
  "/offres/AUV-OF-000101",
  "/structures/demo-ft-clermont",
  "/evenements/demo-forum-clermont",
  "/quiz",
  `/quiz?r=${QUIZ_ANSWERS}`,
  "/metiers/MET.99999",
  "/accessibilite",
];

async function audit(options: ContextOptions): Promise<Record<string, string[]>> {
  const context = await newContext(site.browser, options);
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  try {
    for (const path of PAGES) {
      await page.goto(`${site.web.url}${path}`);
      const problems = await wcagViolations(page);
      if (options.width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px at 320 px`);
      }
      if (problems.length) found[path] = problems;
    }
    // The suggestions' listbox, open.
    await page.goto(site.web.url);
    await page.getByRole("combobox").fill("bois");
    await page.getByRole("option").first().waitFor();
    const suggestions = await wcagViolations(page);
    if (suggestions.length) found["/ (suggestions open)"] = suggestions;
  } finally {
    await context.close();
  }
  return found;
}

describe("WCAG 2.1 A and AA (axe-core), every page type", () => {
  it("has no violation in the light theme", async () => {
    expect(await audit({ theme: "light" })).toEqual({});
  });

  it("has no violation in the dark theme", async () => {
    const context = await newContext(site.browser, { theme: "dark" });
    const page = await context.newPage();
    await page.goto(site.web.url);
    // The DSFR follows the system's theme: this is the dark one being audited.
    expect(await page.locator("html").getAttribute("data-fr-theme")).toBe("dark");
    await context.close();
    expect(await audit({ theme: "dark" })).toEqual({});
  });

  it("has no violation and no sideways scrolling at 320 px", async () => {
    expect(await audit({ theme: "light", width: 320 })).toEqual({});
  });
});

/** The element that has the focus, as "tag: text". */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}: ${(document.activeElement as HTMLElement | null)?.innerText || (document.activeElement as HTMLInputElement | null)?.value || ""}`.trim());

describe("with the keyboard alone", () => {
  it("the search suggestions are reached, browsed and opened", async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(site.web.url);
    await page.getByRole("combobox").waitFor();
    // Tab from the top of the page until the search box has the focus.
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.getAttribute("role") === "combobox")); i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
    await page.keyboard.type("menuis");
    const box = page.getByRole("combobox");
    await page.getByRole("option").first().waitFor();
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    const first = await box.getAttribute("aria-activedescendant");
    expect(await page.locator(`#${first!.replace(/:/g, "\\:")}`).innerText()).toMatch(/^menuisier/);
    expect(await page.locator(`#${first!.replace(/:/g, "\\:")}`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    const second = await box.getAttribute("aria-activedescendant");
    expect(second).not.toBe(first);
    await page.keyboard.press("ArrowUp");
    expect(await box.getAttribute("aria-activedescendant")).toBe(first);
    // Escape closes the list without leaving the box; the arrow opens it again.
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/metiers\/MET\.439$/);
    expect(await page.locator("main h1").innerText()).toBe("menuisier / menuisière");
    await context.close();
  });

  it("the Quiz Métiers is answered question by question, then a ranked métier is opened", async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.web.url}/quiz`);
    // First question: Tab to its first option (the quiz has not started, the focus is not moved).
    for (let i = 0; i < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")); i++) await page.keyboard.press("Tab");
    let question = 1;
    for (;;) {
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("radio");
      expect(await page.locator(".fr-stepper__title").innerText()).toContain(`Question ${question} sur 8`);
      // Arrows choose among the options (the second one here), Enter sends the form.
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => (url.searchParams.get("r") ?? "").split(",").filter(Boolean).length === question);
      if (question === 8) break;
      question += 1;
      // The next question has the focus, on its first option.
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === "radio");
    }
    expect(await page.locator("main h1").innerText()).toBe("Vos résultats au Quiz Métiers");
    const firstMetier = page.locator("#metiers-classes ~ ol h3 a").first();
    const libelle = await firstMetier.innerText();
    expect(await page.locator("#metiers-classes ~ ol > li").first().innerText()).toMatch(/Correspondance : \d+ sur 100[\s\S]*\(\+\d+ points\) : /);
    // Tab to the first ranked métier and open it.
    for (let i = 0; i < 60 && (await focused(page)) !== `a: ${libelle}`; i++) await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`a: ${libelle}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/metiers\/MET\.\d+$/);
    expect(await page.locator("main h1").innerText()).toBe(libelle);
    await context.close();
  });
});
