// When a partner's subgraph is down, the site shows what the others answered and says, in a DSFR
// alert, which part is missing; when the gateway itself is down, it says so. Never a blank page or
// a stack trace: the pages are checked without JavaScript, as the server sends them.
//
// The partners are stopped one after the other, in this order, so each test also runs with the
// earlier ones still down.
import type { BrowserContext, Page } from "playwright-core";
import { newContext } from "../src/browser";
import { startTestSite, type TestSite } from "../src/site";

jest.setTimeout(120_000);

let site: TestSite;
let context: BrowserContext;
let page: Page;
const CLERMONT = "commune=63113&lat=45.7856&lon=3.1155&rayon=30";

beforeAll(async () => {
  site = await startTestSite();
  context = await newContext(site.browser, { javaScript: false });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await site?.dispose();
});

const alert = () => page.locator(".fr-alert").first().innerText();
const titles = (section: string) => page.locator(`${section} ~ ul h3`).allInnerTexts();

describe("a partner down", () => {
  it("Carif-Oref: the métier's journey keeps its formations, schools, structures and events, and names the missing part", async () => {
    await site.platform.services["carif-oref"].stop();
    const response = await page.goto(`${site.web.url}/metiers/MET.12?${CLERMONT}`);
    expect(response!.status()).toBe(200);
    expect(await page.locator("main h1").innerText()).toBe("développeur / développeuse informatique");
    expect(await alert()).toMatch(/Une partie des informations est momentanément indisponible[\s\S]*la formation continue \(Carif-Oref\)/);
    expect(await page.locator("#formations ~ div").first().innerText()).toContain("FORMASUP");
    expect((await titles("#structures")).length).toBeGreaterThan(0);
    expect(await titles("#offres")).toEqual([]);
  });

  it("Région too: what is near a place still lists the schools, and names both missing parts", async () => {
    await site.platform.services.region.stop();
    await page.goto(`${site.web.url}/pres-de-chez-moi?${CLERMONT}`);
    expect(await alert()).toMatch(/Les services qui fournissent la formation continue \(Carif-Oref\) et les communes, les lieux d'accueil et les événements \(Région\) ne répondent pas/);
    expect((await titles("#etablissements")).length).toBeGreaterThan(0);
    expect(await page.locator("#structures").count()).toBe(0);
    // An offer's own page needs the Carif-Oref: it says it is unavailable (503), with a way on.
    const offre = await page.goto(`${site.web.url}/offres/AUV-OF-000101`);
    expect(offre!.status()).toBe(503);
    expect(await page.locator("main h1").innerText()).toBe("Offre de formation momentanément indisponible");
    expect(await page.getByRole("link", { name: "Revenir à l'accueil" }).count()).toBe(1);
  });

  it("Onisep: the search still finds schools, and a métier's page says it is unavailable", async () => {
    await site.platform.services.onisep.stop();
    await page.goto(`${site.web.url}/recherche?q=lycee`);
    expect(await alert()).toContain("les métiers et les formations (Onisep)");
    expect((await titles("#apercu-etablissements")).length).toBeGreaterThan(0);
    const metier = await page.goto(`${site.web.url}/metiers/MET.12`);
    expect(metier!.status()).toBe(503);
    expect(await page.locator("main h1").innerText()).toBe("Fiche métier momentanément indisponible");
    expect(await alert()).toContain("les métiers et les formations (Onisep)");
  });
});

describe("the gateway down", () => {
  it("the home page keeps its search box and says the service does not answer", async () => {
    await site.platform.gateway.stop();
    const home = await page.goto(site.web.url);
    expect(home!.status()).toBe(503);
    expect(await page.locator("main h1").innerText()).toBe("Trouver sa voie");
    expect(await page.getByRole("searchbox").count()).toBe(1);
    expect(await alert()).toContain("Le service ne répond pas");
    const metier = await page.goto(`${site.web.url}/metiers/MET.12`);
    expect(metier!.status()).toBe(503);
    expect(await page.locator("main").innerText()).toContain("Les données de l'orientation ne peuvent pas être chargées pour l'instant.");
  });
});
