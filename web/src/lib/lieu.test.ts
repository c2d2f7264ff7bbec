import { isCommuneCode, lieuFromParams, lieuParams, rayonFromParams } from "./lieu";

describe("the place in the URL", () => {
  it("reads a commune's centre and a radius, and writes them back", () => {
    const lieu = lieuFromParams({ commune: "63113", lat: "45.7856", lon: "3.1155", rayon: "20" });
    expect(lieu).toEqual({ commune: "63113", latitude: 45.7856, longitude: 3.1155, rayonKm: 20 });
    expect(lieuParams(lieu)).toEqual({ commune: "63113", lat: "45.7856", lon: "3.1155", rayon: "20" });
  });

  it("has no place without a valid point, and a default radius for an unknown one", () => {
    expect(lieuFromParams({ lat: "45.7", lon: "abc" })).toBeUndefined();
    expect(lieuFromParams({ lat: "145", lon: "3.1" })).toBeUndefined();
    expect(rayonFromParams({ rayon: "7" })).toBe(30);
    expect(lieuFromParams({ lat: "45.7", lon: "3.1", commune: "6311" })).toEqual({ latitude: 45.7, longitude: 3.1, rayonKm: 30 });
  });

  it("knows INSEE commune codes, Corsica included", () => {
    expect(isCommuneCode("63113")).toBe(true);
    expect(isCommuneCode("2A004")).toBe(true);
    expect(isCommuneCode("63000a")).toBe(false);
  });
});
