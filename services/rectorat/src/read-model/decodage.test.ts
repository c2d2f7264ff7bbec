import type { MefDoc } from "../mef/mef.model";
import { Decodage } from "./decodage";

const mef = (_id: string, mefStat11: string, cfd: string, dateFermeture: string | null): MefDoc => ({ _id, mefStat11, cfd, libelleCourt: null, libelleLong: null, dureeDispositif: null, dateFermeture });

describe("Decodage", () => {
  it("decodes a MEFSTAT11 the BCN gives to two MEFs with the one closed last, whatever the order they were read in", () => {
    // The real case of the BCN: 32710013401 for the DN MADE of 32113401 (closed 2019) and of 24113401 (closed 2024).
    const ancien = mef("3171340131", "32710013401", "32113401", "31/08/2019");
    const recent = mef("4181340131", "32710013401", "24113401", "31/08/2024");
    const liens = new Map([["24113401", { _id: "24113401", formationIds: ["FOR.9001"] }]]);
    for (const ordre of [[ancien, recent], [recent, ancien]]) {
      const decodage = new Decodage(new Map(ordre.map((m) => [m._id, m])), liens);
      expect(decodage.decode({ mefStat11: "32710013401", formationIds: [] })).toEqual({ mef: recent, cfd: "24113401", formationIds: ["FOR.9001"] });
    }
  });

  it("prefers an open MEF, keeps the FOR ids given with the offer, and decodes nothing it does not know", () => {
    const ouvert = mef("1", "11111111111", "AAAAAAAA", null);
    const decodage = new Decodage(new Map([["1", ouvert], ["2", mef("2", "11111111111", "BBBBBBBB", "31/08/2030")]]), new Map());
    expect(decodage.decode({ mefStat11: "11111111111", formationIds: ["FOR.1"] })).toEqual({ mef: ouvert, cfd: "AAAAAAAA", formationIds: ["FOR.1"] });
    expect(decodage.decode({ mefStat11: "99999999999", formationIds: [] })).toEqual({ mef: null, cfd: null, formationIds: [] });
  });

  it("decodes a CFD to the FOR ids of Certif Info and of the table de passage together", () => {
    const bts = mef("1", "32211025302", "32025302", null);
    const certifInfo = new Map([["32025302", { _id: "32025302", formationIds: ["FOR.275"] }]]);
    const tableDePassage = new Map([["32025302", { _id: "32025302", formationIds: ["FOR.275", "FOR.9002"] }]]);
    const decodage = new Decodage(new Map([["1", bts]]), certifInfo, tableDePassage);
    expect(decodage.decode({ mefStat11: "32211025302", formationIds: [] }).formationIds).toEqual(["FOR.275", "FOR.9002"]);
    // Only in the table de passage: decoded all the same.
    expect(new Decodage(new Map([["1", bts]]), new Map(), tableDePassage).decode({ mefStat11: "32211025302", formationIds: [] }).formationIds).toEqual(["FOR.275", "FOR.9002"]);
  });
});
