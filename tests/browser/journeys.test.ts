// The public site's journeys in a real browser (Debian's chromium), against the whole platform
// with its demonstration data: search with suggestions, filters in the URL, "près de chez moi",
// a métier's journey in one GraphQL request, the detail pages, and bad input.
//
// Demo data used: MET.12 (développeur informatique, ROME M1805) is led to by FOR.5337 (BTS SIO
// SLAM), taught by apprenticeship at the CFA FORMASUP in Clermont-Ferrand (30 places, 17 first
// wishes) and in Vichy; its offers AUV-OF-000101/102 are taught in Clermont-Ferrand; ébéniste is
// MET.289, CAP Ébéniste FOR.1088 and the offer AUV-OF-000103.
const ADMIN_TOKEN = "browser-journeys-admin-token";
process.env.PRISME_ADMIN_TOKEN = ADMIN_TOKEN;

import type { BrowserContext, Page } from "playwright-core";
import { newContext } from "../src/browser";
import { createEvent, startTestSite, type TestSite } from "../src/site";

jest.setTimeout(120_000);

let site: TestSite;
let context: BrowserContext;
let page: Page;
const CLERMONT = "commune=63113&lat=45.7856&lon=3.1155&rayon=30";
const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000);
let forumId: string;

beforeAll(async () => {
  site = await startTestSite();
  const fin = new Date(inAMonth.getTime() + 4 * 3600 * 1000);
  forumId = await createEvent(site.platform, ADMIN_TOKEN, {
    type: "FORUM",
    titre: "Forum du numérique de Clermont-Ferrand",
    debut: inAMonth.toISOString(),
    fin: fin.toISOString(),
    commune: "63113",
    metierIds: ["MET.12"],
    formationIds: ["FOR.5337"],
  });
});
afterAll(() => site?.dispose());

beforeEach(async () => {
  context = await newContext(site.browser);
  page = await context.newPage();
});
afterEach(() => context?.close());

const texts = (selector: string) => page.locator(selector).allInnerTexts();

describe("the search box of the home page", () => {
  it("suggests métiers, formations and offers as one types, accents and a typo forgiven, and opens the one chosen", async () => {
    await page.goto(site.web.url);
    const box = page.getByRole("combobox", { name: /Rechercher un métier/ });
    await box.fill("ebenistr");
    const option = page.getByRole("option", { name: /^ébéniste/ });
    await option.waitFor();
    expect(await page.getByRole("listbox").getByRole("group").allInnerTexts()).toEqual([
      expect.stringMatching(/^Métiers\s+ébéniste/),
      expect.stringMatching(/^Formations\s+CAP Ébéniste/),
      expect.stringMatching(/^Formation continue\s+CAP Ébéniste en formation continue/),
    ]);
    await option.click();
    await page.waitForURL(/\/metiers\/MET\.289$/);
    expect(await page.locator("main h1").innerText()).toBe("ébéniste");
  });

  it("suggests communes by postal code, leading to what is near them", async () => {
    await page.goto(site.web.url);
    await page.getByRole("combobox", { name: /Rechercher un métier/ }).fill("63000");
    await page.getByRole("option", { name: /Clermont-Ferrand/ }).click();
    await page.waitForURL(/\/pres-de-chez-moi\?commune=63113/);
    expect(await page.locator("main h1").innerText()).toBe("Près de Clermont-Ferrand");
  });

  it("works without JavaScript as a plain search form", async () => {
    const noJs = await newContext(site.browser, { javaScript: false });
    const plain = await noJs.newPage();
    await plain.goto(site.web.url);
    await plain.getByRole("searchbox", { name: /Rechercher un métier/ }).fill("ébéniste");
    await plain.getByRole("button", { name: "Rechercher" }).click();
    await plain.waitForURL(/\/recherche\?q=/);
    expect(await plain.locator("main h1").innerText()).toBe("Recherche « ébéniste »");
    expect(await plain.locator("#apercu-metiers ~ ul h3").allInnerTexts()).toEqual(["ébéniste"]);
    await noJs.close();
  });
});

describe("the search results", () => {
  it("combine filters, each value with its count, each kept in the URL", async () => {
    await page.goto(`${site.web.url}/recherche?type=formations`);
    // The count beside a value is the number of results once it is chosen.
    const niveau5 = await page.getByLabel("Niveau").locator("option", { hasText: "niveau 5" }).innerText();
    const expected = Number(/\((\d+)\)$/.exec(niveau5)![1]);
    await page.getByLabel("Niveau").selectOption({ label: niveau5 });
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await page.waitForURL(/niveau=5/);
    expect(await page.locator("#resultats-titre").innerText()).toBe(`${expected} formation${expected > 1 ? "s" : ""}`);
    const bacPlus2 = await texts(".fr-card__detail");
    expect(bacPlus2).toHaveLength(expected);
    for (const detail of bacPlus2) expect(detail).toMatch(/^niveau 5/);

    const bts = await page.getByLabel("Diplôme").locator("option", { hasText: /^BTS \(/ }).innerText();
    await page.getByLabel("Diplôme").selectOption({ label: bts });
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await page.waitForURL(/typeFormation=/);
    expect(new URL(page.url()).searchParams.get("niveau")).toBe("5");
    const titles = await texts("#resultats-titre ~ ul h3");
    expect(titles).toHaveLength(Number(/\((\d+)\)$/.exec(bts)![1]));
    for (const title of titles) expect(title).toMatch(/^BTS /);
    expect(await texts(".fr-tags-group a[aria-label^='Retirer']")).toEqual(["Niveau : Bac + 2 (niveau 5)", "Diplôme : BTS"]);
  });

  it("ignore a malformed parameter and keep the rest", async () => {
    const response = await page.goto(`${site.web.url}/recherche?type=etablissements&secteur=PUBLIC&voie=nimporte&apprentissage=peut-etre&${CLERMONT}`);
    expect(response!.status()).toBe(200);
    expect(await texts(".fr-tags-group a[aria-label^='Retirer']")).toEqual(["Public"]);
    expect(await page.locator("#resultats-titre").innerText()).toMatch(/établissements?, du plus proche au plus éloigné$/);
    // The count beside the value chosen is the number of results.
    const publics = Number(/\((\d+)\)$/.exec(await page.locator("label[for='filtre-secteur-PUBLIC']").innerText())![1]);
    expect(await page.locator("#resultats-titre").innerText()).toMatch(new RegExp(`^${publics} établissements?`));
    const distances = (await texts(".fr-card__detail")).map((d) => Number(/à ([\d,]+) km/.exec(d)?.[1].replace(",", ".") ?? NaN));
    expect(distances.every(Number.isFinite)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("cut an over-long search instead of sending it, and say so", async () => {
    await page.goto(`${site.web.url}/recherche?q=${"boulanger ".repeat(30)}`);
    expect(await page.locator(".fr-notice").innerText()).toContain("seuls les 100 premiers ont été utilisés");
    expect((await page.getByRole("combobox").inputValue()).length).toBeLessThanOrEqual(100);
    const searched = site.proxy.operations.filter((o) => o === "Recherche");
    expect(searched.length).toBeGreaterThan(0);
  });
});

describe("près de chez moi", () => {
  it("finds a commune by name and lists what is near, nearest first, with the distance", async () => {
    await page.goto(`${site.web.url}/pres-de-chez-moi`);
    await page.getByLabel(/Commune ou code postal/).fill("clermont-ferrand");
    await page.getByLabel("Distance maximale").selectOption("20");
    await page.getByRole("button", { name: "Chercher autour de ce lieu" }).click();
    await page.waitForURL(/commune=63113.*rayon=20/);
    expect(await page.locator("main h1").innerText()).toBe("Près de Clermont-Ferrand");
    for (const section of ["#etablissements", "#offres", "#structures"]) {
      const details = await page.locator(`${section} ~ ul .fr-card__detail, ${section} ~ ul .fr-card__desc`).allInnerTexts();
      const km = details.flatMap((d) => (/à ([\d,]+) km|à moins de 100 m/.exec(d) ? [Number(/à ([\d,]+) km/.exec(d)?.[1].replace(",", ".") ?? 0)] : []));
      expect(km.length).toBeGreaterThan(0);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      for (const distance of km) expect(distance).toBeLessThanOrEqual(20);
    }
  });

  it("asks which commune when several match", async () => {
    await page.goto(`${site.web.url}/pres-de-chez-moi?lieu=saint-fl`);
    expect(await page.locator("#choix-commune").innerText()).toContain("Plusieurs communes correspondent");
    await page.getByRole("link", { name: /^Saint-Flour \(15100/ }).click();
    await page.waitForURL(/commune=15187/);
    expect(await page.locator("main h1").innerText()).toBe("Près de Saint-Flour");
  });

  it("uses the browser's position when the person allows it", async () => {
    const located = await site.browser.newContext({ geolocation: { latitude: 45.779, longitude: 3.087 }, permissions: ["geolocation"] });
    const tab = await located.newPage();
    await tab.goto(`${site.web.url}/pres-de-chez-moi`);
    await tab.getByRole("button", { name: "Utiliser ma position" }).click();
    await tab.waitForURL(/lat=45\.7790&lon=3\.0870&rayon=30/);
    expect(await tab.locator("main h1").innerText()).toBe("Près de votre position");
    expect(await tab.locator("#etablissements ~ p").first().innerText()).toMatch(/du plus proche au plus éloigné/);
    await located.close();
  });
});

describe("a métier's page", () => {
  it("walks the whole journey near the person in one GraphQL request", async () => {
    site.proxy.reset();
    await page.goto(`${site.web.url}/metiers/MET.12?${CLERMONT}`);
    expect(site.proxy.operations).toEqual(["Metier"]);
    expect(await page.locator("main h1").innerText()).toBe("développeur / développeuse informatique");
    expect(await page.locator("#le-metier ~ ul, section:has(#le-metier) ul").first().innerText()).toContain("M1805");
    const bts = page.locator("#formations ~ div", { hasText: "BTS Services informatiques aux organisations" });
    expect(await bts.innerText()).toMatch(/Centre de formation d'apprentis FORMASUP Auvergne\s+Clermont-Ferrand · à [\d,]+ km/);
    expect(await bts.innerText()).toMatch(/En apprentissage : 30 places, 17 premiers vœux/);
    expect(await bts.innerText()).toMatch(/en emploi 6 mois après/);
    expect(await texts("#offres ~ ul h3")).toEqual(expect.arrayContaining(["Titre professionnel Développeur web et web mobile"]));
    expect(await page.locator("#offres ~ ul").innerText()).toMatch(/Prochaine session : 11 janvier 2027/);
    expect((await texts("#structures ~ ul h3")).length).toBeGreaterThan(0);
    expect(await texts("#evenements ~ ul h3")).toEqual(["Forum du numérique de Clermont-Ferrand"]);
  });

  it("without a place, offers to choose one and lists the métier's offers", async () => {
    await page.goto(`${site.web.url}/metiers/MET.12`);
    expect(await page.getByRole("group", { name: /Voir où s'y former/ }).isVisible()).toBe(true);
    expect(await page.locator("#offres ~ p").nth(1).innerText()).toBe("2 offres de formation.");
    await page.getByLabel(/Commune ou code postal/).fill("63000");
    await page.getByRole("button", { name: "Chercher autour de ce lieu" }).click();
    await page.waitForURL(/\/metiers\/MET\.12\?commune=63113/);
    expect(await page.locator("#formations ~ div").first().innerText()).toContain("FORMASUP");
  });
});

describe("the detail pages", () => {
  it("formation: where it is taught, its métiers, and schema.org EducationalOccupationalProgram", async () => {
    await page.goto(`${site.web.url}/formations/FOR.5337?${CLERMONT}`);
    expect(await page.locator("main h1").innerText()).toMatch(/^BTS Services informatiques aux organisations/);
    expect(await page.locator("#ou-etudier ~ p").first().innerText()).toMatch(/établissements?, du plus proche au plus éloigné/);
    expect(await texts("#metiers ~ ul h3")).toContain("développeur / développeuse informatique");
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
    expect(jsonLd).toMatchObject({ "@type": "EducationalOccupationalProgram", name: expect.stringMatching(/^BTS Services/), timeToComplete: "P2Y", url: "http://prisme.test/formations/FOR.5337" });
    expect(jsonLd.provider[0]).toMatchObject({ "@type": "EducationalOrganization", name: expect.any(String) });
  });

  it("offer: sessions, places, organisme, certification, and schema.org Course", async () => {
    await page.goto(`${site.web.url}/offres/AUV-OF-000101`);
    expect(await page.locator("main h1").innerText()).toBe("Titre professionnel Développeur web et web mobile");
    expect(await page.locator("#sessions").locator("..").innerText()).toMatch(/11 janvier 2027/);
    expect(await page.locator("#organisme").locator("..").innerText()).toContain("Institut des métiers du numérique des Dômes");
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
    expect(jsonLd).toMatchObject({ "@type": "Course", name: "Titre professionnel Développeur web et web mobile", provider: { name: "Institut des métiers du numérique des Dômes" } });
    expect(jsonLd.hasCourseInstance).toEqual(expect.arrayContaining([expect.objectContaining({ "@type": "CourseInstance", startDate: "2027-01-11" })]));
  });

  it("établissement, SPRO structure and event pages say what each is", async () => {
    await page.goto(`${site.web.url}/etablissements/0631978H`);
    expect(await page.locator("#formations-proposees ~ div table").innerText()).toMatch(/BTS Services informatiques.*\n?.*En apprentissage/);
    await page.goto(`${site.web.url}/structures/demo-ft-clermont`);
    const horaires = await page.locator("#horaires ~ div table").innerText();
    expect(horaires).toMatch(/Lundi\s+8 h 30 – 12 h 30, 13 h 30 – 16 h 30/);
    expect(horaires).toMatch(/Dimanche\s+Fermé/);
    expect(await page.locator("#publics ~ ul").first().innerText()).not.toBe("");
    await page.goto(`${site.web.url}/evenements/${forumId}`);
    expect(await page.locator("main h1").innerText()).toBe("Forum du numérique de Clermont-Ferrand");
    expect(await texts("#sujets ~ ul a")).toEqual(["développeur / développeuse informatique", expect.stringMatching(/^BTS Services informatiques/)]);
  });

  it("each have a title, a description and a canonical URL of their own", async () => {
    const paths = ["/", "/recherche?q=bois", "/pres-de-chez-moi", "/metiers/MET.12", "/formations/FOR.5337", "/etablissements/0631978H", "/offres/AUV-OF-000101", "/structures/demo-ft-clermont", `/evenements/${forumId}`, "/quiz"];
    const heads = [];
    for (const path of paths) {
      await page.goto(`${site.web.url}${path}`);
      heads.push({
        lang: await page.locator("html").getAttribute("lang"),
        title: await page.title(),
        description: await page.locator('meta[name="description"]').getAttribute("content"),
        canonical: await page.locator('link[rel="canonical"]').getAttribute("href"),
        skipLink: await page.locator(".fr-skiplinks a").first().getAttribute("href"),
      });
    }
    expect(new Set(heads.map((h) => h.title)).size).toBe(paths.length);
    expect(new Set(heads.map((h) => h.description)).size).toBe(paths.length);
    for (const head of heads) {
      expect(head.lang).toBe("fr");
      expect(head.canonical).toMatch(/^http:\/\/prisme\.test(\/|$)/);
      expect(head.skipLink).toBe("#contenu");
    }
  });

  it("the sitemap lists the métiers and the formations", async () => {
    const xml = await (await fetch(`${site.web.url}/sitemap.xml`)).text();
    expect(xml).toContain("<loc>http://prisme.test/metiers/MET.12</loc>");
    expect(xml).toContain("<loc>http://prisme.test/formations/FOR.5337</loc>");
  });
});

describe("bad input", () => {
  it("an unknown or malformed id gives the DSFR 404 page, server-rendered, with a way back", async () => {
    const noJs = await newContext(site.browser, { javaScript: false });
    const plain = await noJs.newPage();
    for (const path of ["/metiers/MET.99999", "/formations/pas-un-id", "/offres/AUV-OF-999999", "/etablissements/0000000A", "/structures/inconnue", "/evenements/inconnu", "/nulle-part"]) {
      const response = await plain.goto(`${site.web.url}${path}`);
      expect({ path, status: response!.status() }).toEqual({ path, status: 404 });
      expect(await plain.locator("main h1").innerText()).toBe("Page non trouvée");
    }
    await plain.getByRole("link", { name: "Page d'accueil" }).click();
    await plain.waitForURL(`${site.web.url}/`);
    expect(await plain.locator("main h1").innerText()).toBe("Trouver sa voie");
    await noJs.close();
  });
});
