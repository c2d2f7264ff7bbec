import { retourAvecLieu, safeRetour } from "./retour";

describe("coming back after choosing a place", () => {
  it("only goes back to a path of this site, without the old place", () => {
    expect(safeRetour("/metiers/MET.12?lat=1&lon=2&commune=63113&x=1")).toBe("/metiers/MET.12?x=1");
    expect(safeRetour("//evil.example/x")).toBeUndefined();
    expect(safeRetour("https://evil.example/x")).toBeUndefined();
    expect(safeRetour("/\\evil.example")).toBeUndefined();
    expect(safeRetour(undefined)).toBeUndefined();
  });

  it("adds the new place", () => {
    expect(retourAvecLieu("/recherche?q=bts", { commune: "63113", lat: "45.7856", lon: "3.1155", rayon: "30" })).toBe("/recherche?q=bts&commune=63113&lat=45.7856&lon=3.1155&rayon=30");
  });
});
