import "reflect-metadata";
import { cercleProximite } from "./proximite";

const clermont = { latitude: 45.7772, longitude: 3.087 };
const centres = async (code: string) => (code === "63113" ? clermont : null);

describe("cercleProximite", () => {
  it("takes a point or a commune's centre, with the radius", async () => {
    expect(await cercleProximite({ ...clermont, rayonKm: 10 }, centres)).toEqual({ ...clermont, rayonKm: 10 });
    expect(await cercleProximite({ codeCommune: "63113", rayonKm: 5 }, centres)).toEqual({ ...clermont, rayonKm: 5 });
    expect(await cercleProximite(null, centres)).toBeNull();
  });

  it("says what is wrong: both or neither, a half point, a bad radius, a bad or unknown commune", async () => {
    await expect(cercleProximite({ ...clermont, codeCommune: "63113", rayonKm: 5 }, centres)).rejects.toThrow("proximite: give either latitude and longitude, or codeCommune (not both).");
    await expect(cercleProximite({ rayonKm: 5 }, centres)).rejects.toThrow(/give either latitude and longitude, or codeCommune/);
    await expect(cercleProximite({ latitude: 45, rayonKm: 5 }, centres)).rejects.toThrow("proximite: (45, undefined) is not a WGS 84 point (latitude −90…90 and longitude −180…180, both required).");
    await expect(cercleProximite({ ...clermont, rayonKm: 0 }, centres)).rejects.toThrow("proximite.rayonKm must be more than 0 and at most 200 (got 0).");
    await expect(cercleProximite({ codeCommune: "6311", rayonKm: 5 }, centres)).rejects.toThrow('"6311" is not a valid INSEE commune code: expected something like 63113.');
    await expect(cercleProximite({ codeCommune: "75056", rayonKm: 5 }, centres)).rejects.toThrow("proximite: commune 75056 is unknown or has no known centre; give latitude and longitude instead.");
  });
});
