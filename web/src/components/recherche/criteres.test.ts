import { criteresFromParams, criteresParams, pourType } from "./criteres";

describe("the search criteria in the URL", () => {
  it("reads each filter on its own, ignores the malformed ones, and writes the same URL back", () => {
    const c = criteresFromParams({
      q: "bts",
      type: "formations",
      niveau: "5",
      domaine: "informatique, Internet",
      codeRome: "m1805",
      modalite: "NAWAK",
      lat: "45.78",
      lon: "3.11",
      rayon: "50",
      apres: "o:20",
    });
    expect(c).toMatchObject({ q: "bts", type: "formations", niveau: 5, domaine: "informatique, Internet", codeRome: "M1805", modalite: undefined, apres: "o:20" });
    expect(c.lieu).toEqual({ latitude: 45.78, longitude: 3.11, rayonKm: 50 });
    const params = criteresParams(c);
    expect(criteresFromParams(params as Record<string, string>)).toEqual(c);
  });

  it("ignores an unknown kind and a cursor without a kind", () => {
    expect(criteresFromParams({ type: "bidule", apres: "o:20", q: "x" })).toMatchObject({ type: undefined, apres: undefined, q: "x" });
  });

  it("keeps the text, the ROME code and the place when changing kind, and drops that kind's filters", () => {
    const c = criteresFromParams({ q: "bois", type: "etablissements", typeEtablissement: ["LYCEE"], secteur: "PUBLIC", codeRome: "H2206", lat: "45", lon: "3" });
    expect(pourType(c, "offres")).toEqual({ q: "bois", qCoupee: false, type: "offres", codeRome: "H2206", typesEtablissement: [], lieu: c.lieu });
  });
});
