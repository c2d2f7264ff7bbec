import { throwAwayDbName } from "@prisme/testing";
import type { Connection } from "mongoose";
import { connectDatabase } from "../database";
import { ImportReport } from "../import/report";
import { findByIds, loaderById } from "../store/by-id";
import { ChangeLog } from "../store/change-log";
import { RecordWriter } from "../store/record-writer";
import { ReadModel, type ReadModelSpec } from "./read-model";
import { Table } from "./table";

interface Commune {
  _id: string;
  nom: string;
}

let connection: Connection;
beforeAll(async () => {
  connection = await connectDatabase(process.env.MONGODB_URI!, throwAwayDbName("readmodel"));
});
afterAll(async () => {
  await connection.db?.dropDatabase();
  await connection.close();
});

const settings = { pollMs: 0, maxIncremental: 100, waitMs: 2_000, documentCacheBytes: 1_000_000 };
const tableSpec = { key: (c: Commune) => c._id, orders: { nom: (c: Commune) => c.nom } };

function spec(collection: string, calls: string[]): ReadModelSpec<{ communes: Table<Commune> }> {
  return {
    name: "essai",
    async load() {
      calls.push("load");
      const docs = (await connection.db!.collection(collection).find({}).toArray()) as unknown as Commune[];
      return { communes: await Table.build(tableSpec, docs) };
    },
    async apply(state, changed) {
      const ids = [...(changed.get(collection) ?? [])];
      calls.push(`apply ${ids.length}`);
      const docs = await findByIds<Commune>(connection.db!.collection(collection), ids);
      const found = new Set(docs.map((d) => d._id));
      for (const doc of docs) state.communes.upsert(doc);
      for (const id of ids) if (!found.has(id)) state.communes.remove(id);
      await state.communes.commit();
      return true;
    },
  };
}

const write = (changes: ChangeLog, collection: string, records: Commune[]) =>
  new RecordWriter<Commune>(connection.db!, collection, { provenance: { producteur: "Essai", jeuDeDonnees: "v1" }, counts: new ImportReport("essai", "f"), changes }).write(records);

describe("ReadModel", () => {
  it("is not ready until loaded, then follows changes record by record", async () => {
    const changes = ChangeLog.of(connection.db!);
    await write(changes, "communes", [{ _id: "63113", nom: "Clermont-Ferrand" }]);
    const calls: string[] = [];
    const model = new ReadModel(changes, spec("communes", calls), settings);
    expect(model.readiness().ready).toBe(false);
    await model.start();
    expect(model.readiness()).toEqual({ ready: true, reasons: [] });
    expect((await model.current()).communes.size).toBe(1);

    await write(changes, "communes", [{ _id: "03185", nom: "Montluçon" }, { _id: "63113", nom: "Clermont-Ferrand" }]);
    await model.refresh();
    expect(calls).toEqual(["load", "apply 1"]);
    expect((await model.current()).communes.get("03185")?.nom).toBe("Montluçon");
    model.stop();
  });

  it("loads whole again when a change says so or is too large, serving the previous state meanwhile", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_b"));
    const calls: string[] = [];
    const model = new ReadModel(changes, spec("villes", calls), settings);
    await model.start();
    const before = await model.current();
    await write(changes, "villes", Array.from({ length: 150 }, (_, i) => ({ _id: `V${i}`, nom: `ville ${i}` })));
    const refreshing = model.refresh();
    expect(await model.current()).toBe(before);
    await refreshing;
    expect(calls).toEqual(["load", "load"]);
    expect((await model.current()).communes.size).toBe(150);
    await changes.record([{ collection: "villes", all: true }]);
    await model.refresh();
    expect(calls).toEqual(["load", "load", "load"]);
    model.stop();
  });

  it("tells a request that waits too long what is loading", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_c"));
    let release!: () => void;
    let loading!: () => void;
    const started = new Promise<void>((resolve) => (loading = resolve));
    const slow: ReadModelSpec<number> = {
      name: "lent",
      load: (progress) => {
        progress("12 of 50 records read");
        loading();
        return new Promise<number>((resolve) => (release = () => resolve(1)));
      },
    };
    const model = new ReadModel(changes, slow, { ...settings, waitMs: 50 });
    void model.start();
    // The load has begun (the change log's head is read first, which a busy machine may take a while to answer).
    await started;
    await expect(model.current()).rejects.toMatchObject({ message: expect.stringContaining("still loading its data (12 of 50 records read)"), extensions: { code: "SERVICE_NOT_READY" } });
    expect(model.readiness().ready).toBe(false);
    release();
    await model.start();
    expect(await model.current()).toBe(1);
    model.stop();
  });

  it("keeps the documents requests read by _id, and forgets one as soon as a change of it is seen", async () => {
    const changes = new ChangeLog(connection.db!.collection("changes_d"));
    await write(changes, "lieux", [{ _id: "63113", nom: "Clermont-Ferrand" }, { _id: "03185", nom: "Montluçon" }]);
    const model = new ReadModel(changes, spec("lieux", []), settings);
    await model.start();
    const cache = model.documents<Commune>("lieux");
    const read = (id: string) => loaderById<Commune>(connection.db!.collection("lieux"), cache).load(id);
    expect((await read("63113"))?.nom).toBe("Clermont-Ferrand");
    expect(cache.size().documents).toBe(1);

    // Served from memory: a write that no change announces is not seen…
    await connection.db!.collection("lieux").updateOne({ _id: "63113" } as never, { $set: { _json: JSON.stringify({ nom: "Clermont" }) } });
    expect((await read("63113"))?.nom).toBe("Clermont-Ferrand");
    // …one announced in the change log is, once the read model has seen it; the other record stays kept.
    expect((await read("03185"))?.nom).toBe("Montluçon");
    await write(changes, "lieux", [{ _id: "63113", nom: "Clermont-Fd" }]);
    await model.refresh();
    expect(cache.size().documents).toBe(1);
    expect((await read("63113"))?.nom).toBe("Clermont-Fd");

    // Every request shares the kept documents: they cannot be changed by one.
    const kept = (await read("03185"))!;
    expect(() => {
      kept.nom = "changé";
    }).toThrow(TypeError);

    // A read that began before a change is not kept: it may hold the previous version.
    const began = cache.beginRead();
    cache.forget(["99999"]);
    cache.keep({ _id: "99999", nom: "ancienne" }, 10, began);
    expect(cache.get("99999")).toBeUndefined();

    // A whole load forgets everything.
    await changes.record([{ collection: "lieux", all: true }]);
    await model.refresh();
    expect(cache.size().documents).toBe(0);
    model.stop();
  });
});
