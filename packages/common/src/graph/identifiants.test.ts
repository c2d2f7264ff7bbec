import { estIdentifiant, verifierIdentifiant } from "./identifiants";

describe("shared identifiers", () => {
  it.each([
    ["codeRome", "m1805", "M1805"],
    ["idMetier", "met.105", "MET.105"],
    ["idFormation", " FOR.1234 ", "FOR.1234"],
    ["uai", "0630001a", "0630001A"],
    ["siret", "196 300 015 00017", "19630001500017"],
    ["codeCommune", "2a004", "2A004"],
    ["codeDepartement", "063", "63"],
    ["codeDepartement", "974", "974"],
    ["codeDepartement", "988", "988"],
    ["codeAcademie", "6", "06"],
    ["codeAcademie", " 06 ", "06"],
    ["codeRncp", "RNCP037674", "37674"],
    ["codeCertifInfo", "94681", "94681"],
    ["formacode", "31054", "31054"],
  ] as const)("%s: %s is normalised to %s", (kind, given, expected) => {
    expect(verifierIdentifiant(kind, given, "x")).toBe(expected);
  });

  it("refuses what is not one, saying what was expected", () => {
    expect(estIdentifiant("codeRome", "M18051")).toBe(false);
    expect(() => verifierIdentifiant("uai", "063000A", "uai")).toThrow('"063000A" is not a valid UAI: expected something like 0630001A.');
    expect(() => verifierIdentifiant("codeDepartement", "6", "departement")).toThrow("is not a valid INSEE département code");
  });
});
