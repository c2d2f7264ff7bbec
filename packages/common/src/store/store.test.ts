import { allStored, readStored } from "@prisme/testing";
import { throwAwayDbName } from "@prisme/testing";
import type { Connection } from "mongoose";
import { connectDatabase } from "../database";
import { ImportReport } from "../import/report";
import { ChangeLog } from "./change-log";
import { RecordWriter } from "./record-writer";

let connection: Connection;
beforeAll(async () => {
  connection = await connectDatabase(process.env.MONGODB_URI!, throwAwayDbName("store"));
});
afterAll(async () => {
  await connection.db?.dropDatabase();
  await connection.close();
});

const provenance = { producteur: "Essai", jeuDeDonnees: "essai v1" };
const communes = (suffix: string, count = 150) =>
  Array.from({ length: count }, (_, i) => ({ _id: `C${String(i).padStart(3, "0")}`, nom: `commune ${i}${suffix}`, telephone: "0473000000", codesPostaux: [`63${String(i).padStart(3, "0")}`] }));

describe("ChangeLog", () => {
  it("gives each of many concurrent writers its own sequence number, without gaps, and readers find them all", async () => {
    const log = ChangeLog.of(connection.db!);
    const sequences = await Promise.all(Array.from({ length: 30 }, (_, i) => log.record([{ collection: "x", ids: [`id${i}`] }])));
    expect([...sequences].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await log.head()).toBe(30);
    const { entries, pruned } = await log.since(10);
    expect(pruned).toBe(false);
    expect(entries.map((e) => e.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 11));
    expect(entries.flatMap((e) => e.changes.flatMap((c) => c.ids ?? [])).sort()).toHaveLength(20);
  });

  it("splits a large write into entries of at most 1,000 ids", async () => {
    const other = new ChangeLog(connection.db!.collection("changes_split"));
    await other.record([{ collection: "offres", ids: Array.from({ length: 2500 }, (_, i) => `O${i}`) }]);
    const { entries } = await other.since(0);
    expect(entries.map((e) => e.changes[0]!.ids!.length)).toEqual([1000, 1000, 500]);
  });
});

describe("RecordWriter", () => {
  it("creates, leaves unchanged, updates and reports emptied fields, announcing each change", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_writer"));
    const write = async (records: ReturnType<typeof communes>, jeu = provenance) => {
      const report = new ImportReport("essai", "a.csv");
      await new RecordWriter(connection.db!, "communes", { provenance: jeu, counts: report, changes }).write(records);
      return report;
    };
    const first = await write(communes(""));
    expect([first.created, first.updated, first.unchanged]).toEqual([150, 0, 0]);
    const head = await changes.head();
    const again = await write(communes(""));
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 150]);
    expect(await changes.head()).toBe(head);

    const changed = communes(" (nouveau nom)").map((c, i) => (i < 3 ? { ...c, telephone: "" } : c));
    const third = await write(changed);
    expect([third.created, third.updated, third.unchanged]).toEqual([0, 150, 0]);
    expect(third.emptied.get("telephone")).toBe(3);
    expect(third.summary()).toContain("telephone");
    const stored = await readStored(connection.db!, "communes", "C149");
    expect(stored).toMatchObject({ nom: "commune 149 (nouveau nom)", provenance: { producteur: "Essai", jeuDeDonnees: "essai v1" } });
    const { entries } = await changes.since(head);
    expect(entries.flatMap((e) => e.changes.flatMap((c) => c.ids ?? [])).sort()).toEqual(changed.map((c) => c._id).sort());
  });

  it("mends a run killed between the records and their fingerprints: nothing rewritten, the change announced", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_mend"));
    const report = new ImportReport("essai", "a.csv");
    const writer = new RecordWriter(connection.db!, "mend", { provenance, counts: report, changes });
    await writer.write(communes("", 10));
    await connection.db!.collection("mend_empreintes").deleteMany({ _id: { $in: ["C001", "C002"] } } as never);
    const before = await allStored(connection.db!, "mend");
    const head = await changes.head();
    const rerun = new ImportReport("essai", "a.csv");
    await new RecordWriter(connection.db!, "mend", { provenance, counts: rerun, changes }).write(communes("", 10));
    expect([rerun.created, rerun.updated, rerun.unchanged]).toEqual([0, 0, 10]);
    expect(await allStored(connection.db!, "mend")).toEqual(before);
    const { entries } = await changes.since(head);
    expect(entries.flatMap((e) => e.changes.flatMap((c) => c.ids ?? [])).sort()).toEqual(["C001", "C002"]);
  });

  it("patches and removes by _id, keeping projections beside the records in step", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_proj"));
    const report = new ImportReport("essai", "a.csv");
    const writer = new RecordWriter<ReturnType<typeof communes>[number]>(connection.db!, "proj", {
      provenance,
      counts: report,
      changes,
      projections: [{ collection: "proj_recherche", project: (c) => ({ _id: c._id, nom: c.nom }) }],
    });
    await writer.write(communes("", 5));
    expect(await connection.db!.collection("proj_recherche").countDocuments()).toBe(5);
    await writer.patch(["C000"], { retiree: true }, { dropProjections: true });
    await writer.remove(["C001"]);
    expect(await connection.db!.collection("proj_recherche").countDocuments()).toBe(3);
    expect(await readStored(connection.db!, "proj", "C000")).toMatchObject({ retiree: true });
    expect(await readStored(connection.db!, "proj", "C001")).toBeNull();
    // The patched record's fingerprint is voided: the next import rewrites it whole.
    const rerun = new ImportReport("essai", "a.csv");
    await new RecordWriter(connection.db!, "proj", { provenance, counts: rerun, changes }).write(communes("", 5));
    expect([rerun.created, rerun.updated, rerun.unchanged]).toEqual([1, 1, 3]);
    expect(await readStored(connection.db!, "proj", "C000")).not.toHaveProperty("retiree");
  });
});
