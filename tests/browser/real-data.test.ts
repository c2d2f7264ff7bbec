// Journeys that need volume, on the real Onisep files imported into the onisep subgraph of the
// test platform (1,043 métiers, 6,086 formations from ../shared/data): suggestions that find one
// métier among a thousand despite a missing accent or a typo, pages of results followed with the
// graph's cursors, and a métier leading to more formations than its page shows.
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { noProgress } from "@prisme/common";
import { onisep } from "@prisme/onisep";
import { sharedData } from "@prisme/testing";
import { newContext } from "../src/browser";
import { startTestSite, type TestSite } from "../src/site";

jest.setTimeout(180_000);

let site: TestSite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await startTestSite();
  const service = site.platform.services.onisep;
  const data = sharedData("onisep");
  await onisep.importers!["onisep-metiers"].run(service.models, join(data, "ideo-metiers_onisep.xml"), { progress: noProgress });
  await onisep.importers!["onisep-formations"].run(service.models, join(data, "ideo-formations_initiales_en_france.csv"), { progress: noProgress });
  await service.readModel.refresh();
});
afterAll(() => site?.dispose());

beforeEach(async () => {
  context = await newContext(site.browser);
  page = await context.newPage();
});
afterEach(() => context?.close());

it("finds one métier among a thousand, without its accent or with a typo", async () => {
  await page.goto(site.web.url);
  const box = page.getByRole("combobox", { name: /Rechercher un métier/ });
  await box.fill("boulangere");
  await page.getByRole("option", { name: "boulanger / boulangère" }).waitFor();
  expect(await page.getByRole("listbox").getByRole("group").first().innerText()).toMatch(/^Métiers\s+boulanger \/ boulangère/);
  await box.fill("ebenistre");
  await page.getByRole("option", { name: /^ébéniste$/ }).click();
  await page.waitForURL(/\/metiers\/MET\.289$/);
});

it("pages through the results with the graph's cursors, and back to the first page", async () => {
  await page.goto(`${site.web.url}/recherche?q=bts&type=formations`);
  const total = Number((await page.locator("#resultats-titre").innerText()).match(/^([\d\u202f ]+) formations/)![1].replace(/\D/g, ""));
  expect(total).toBeGreaterThan(40);
  const first = await page.locator("#resultats-titre ~ ul h3").allInnerTexts();
  expect(first).toHaveLength(20);
  await page.getByRole("link", { name: "Résultats suivants" }).click();
  await page.waitForURL(/apres=/);
  const second = await page.locator("#resultats-titre ~ ul h3").allInnerTexts();
  expect(second).toHaveLength(20);
  expect(second.filter((title) => first.includes(title))).toEqual([]);
  await page.getByRole("link", { name: "Revenir aux premiers résultats" }).click();
  await page.waitForURL((url) => !url.searchParams.has("apres"));
  expect(await page.locator("#resultats-titre ~ ul h3").allInnerTexts()).toEqual(first);
});

it("shows the first formations of a métier and leads to all of them; near a place, those taught there first", async () => {
  await page.goto(`${site.web.url}/metiers/MET.17`);
  const intro = await page.locator("#formations ~ p").first().innerText();
  const total = Number(intro.match(/^([\d\u202f ]+) formations y mènent/)![1].replace(/\D/g, ""));
  expect(total).toBeGreaterThan(8);
  expect(await page.locator("#formations ~ div h3").count()).toBe(8);
  await page.getByRole("link", { name: "Toutes les formations de ce métier" }).click();
  await page.waitForURL(/type=formations&codeRome=D1102/);
  expect(await page.locator("#resultats-titre").innerText()).toMatch(/formations$/);
  expect(await page.locator(".fr-tags-group a[aria-label^='Retirer']").allInnerTexts()).toEqual(["Fiche ROME D1102"]);

  // Near Clermont-Ferrand: the formations the demonstration schools teach there come before the others.
  await page.goto(`${site.web.url}/metiers/MET.12?commune=63113&lat=45.7856&lon=3.1155&rayon=30`);
  expect(await page.locator("#formations ~ p").first().innerText()).toMatch(/Parmi les 30 premières, \d+ (est enseignée|sont enseignées) à moins de 30 km/);
  const blocs = await page.locator("#formations ~ div.prisme-bloc").allInnerTexts();
  expect(blocs.length).toBeGreaterThan(0);
  for (const bloc of blocs) expect(bloc).toMatch(/ · à [\d,]+ km|à moins de 100 m/);
  expect(await page.locator("#formations ~ h3", { hasText: "Les autres formations" }).count()).toBe(1);
});
