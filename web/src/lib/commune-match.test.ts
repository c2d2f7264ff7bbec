import { communeMeant, normalizeName } from "./commune-match";

const clermont = { nom: "Clermont-Ferrand", codesPostaux: ["63000", "63100"] };
const clermontOise = { nom: "Clermont", codesPostaux: ["60600"] };
const saintFlour = { nom: "Saint-Flour", codesPostaux: ["15100"] };
const saintFlourLozere = { nom: "Saint-Flour-de-Mercoire", codesPostaux: ["48300"] };

describe("which commune the person meant", () => {
  it("writes names the same way whatever the accents, hyphens and abbreviations", () => {
    expect(normalizeName("Le Puy-en-Velay")).toBe("le puy en velay");
    expect(normalizeName("St-Flour")).toBe("saint flour");
    expect(normalizeName("Égliseneuve d'Entraigues")).toBe("egliseneuve d entraigues");
  });

  it("takes the only answer, or the one whose name or postal code is exactly what was typed", () => {
    expect(communeMeant("clermont fe", [clermont])).toBe(clermont);
    expect(communeMeant("st flour", [saintFlour, saintFlourLozere])).toBe(saintFlour);
    expect(communeMeant("63100", [clermont, clermontOise])).toBe(clermont);
  });

  it("asks when it cannot tell", () => {
    expect(communeMeant("clerm", [clermont, clermontOise])).toBeUndefined();
    expect(communeMeant("quelquepart", [])).toBeUndefined();
  });
});
