import { Schema } from "mongoose";
import { throwAwayDbName } from "@prisme/testing";
import { connectDatabase } from "../database";
import { provenanceSchema } from "../provenance";
import { ImportReport } from "./report";
import { upsertByKey } from "./upsert";

const schema = new Schema({ code: { type: String, unique: true }, nom: String, codesPostaux: [String], provenance: provenanceSchema }, { versionKey: false });
const provenance = { producteur: "Essai", jeuDeDonnees: "essai v1" };
const records = (suffix: string) =>
  Array.from({ length: 150 }, (_, i) => ({ code: `C${String(i).padStart(3, "0")}`, nom: `commune ${i}${suffix}`, codesPostaux: [`63${String(i).padStart(3, "0")}`] }));

describe("upsertByKey", () => {
  it("creates, leaves unchanged, then updates 150 records (updates go in small batches FerretDB accepts)", async () => {
    const connection = await connectDatabase(process.env.MONGODB_URI!, throwAwayDbName("upsert"));
    try {
      const model = connection.model("Essai", schema);
      await model.init();

      const first = new ImportReport("essai", "a.csv");
      await upsertByKey(model, "code", records(""), provenance, first);
      expect([first.created, first.updated, first.unchanged]).toEqual([150, 0, 0]);

      const again = new ImportReport("essai", "a.csv");
      await upsertByKey(model, "code", records(""), provenance, again);
      expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 150]);

      const changed = new ImportReport("essai", "b.csv");
      await upsertByKey(model, "code", records(" (nouveau nom)"), provenance, changed);
      expect([changed.created, changed.updated, changed.unchanged]).toEqual([0, 150, 0]);
      expect(await model.countDocuments()).toBe(150);
      expect((await model.findOne({ code: "C149" }).lean())?.nom).toBe("commune 149 (nouveau nom)");
    } finally {
      await connection.db?.dropDatabase();
      await connection.close();
    }
  });
});
