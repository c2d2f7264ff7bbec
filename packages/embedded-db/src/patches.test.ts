import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import mongoose from "mongoose";
import { applyPatches, FERRETDB_PATCHES } from "./patches";

describe("FerretDB source patches", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "prisme-patches-"));
    for (const patch of FERRETDB_PATCHES) {
      if ("create" in patch) continue;
      mkdirSync(dirname(join(dir, patch.file)), { recursive: true });
      writeFileSync(join(dir, patch.file), `before\n${patch.from}\nafter\n`);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("replaces each expected text once and adds the new files", () => {
    applyPatches(dir);
    for (const patch of FERRETDB_PATCHES) {
      const text = readFileSync(join(dir, patch.file), "utf8");
      expect(text).toBe("create" in patch ? patch.create : `before\n${patch.to}\nafter\n`);
    }
  });

  it("stops the build when the source no longer carries the text it changes", () => {
    applyPatches(dir);
    expect(() => applyPatches(dir)).toThrow(/Cannot patch FerretDB \(look documents up by _id through the _id index\): internal\/backends\/sqlite\/metadata\/metadata.go does not contain exactly one/);
  });
});

describe("the patched FerretDB answers _id lookups like MongoDB", () => {
  let connection: mongoose.Connection;
  let collection: mongoose.mongo.Collection<{ _id: unknown; n: number; pair?: boolean }>;

  beforeAll(async () => {
    const uri = process.env.MONGODB_URI;
    if (!uri) throw new Error("MONGODB_URI is not set: run the tests through jest (its global setup starts the database).");
    connection = await mongoose.createConnection(uri, { dbName: `test_patches_${process.pid}` }).asPromise();
    collection = connection.db!.collection("docs");
    await collection.insertMany([
      ...Array.from({ length: 300 }, (_, n) => ({ _id: `DOC-${n}`, n, pair: n % 2 === 0 })),
      { _id: 7, n: -7 },
      { _id: new mongoose.Types.ObjectId("65a1b2c3d4e5f60718293a4b"), n: -1 },
    ]);
  });
  afterAll(async () => {
    await connection.db?.dropDatabase();
    await connection.close();
  });

  const ns = (docs: { n: number }[]) => docs.map((d) => d.n).sort((a, b) => a - b);

  it("finds exactly the documents whose _id is in the list, unknown ids ignored", async () => {
    expect(ns(await collection.find({ _id: { $in: ["DOC-299", "DOC-0", "DOC-150", "none"] } }).toArray())).toEqual([0, 150, 299]);
    expect(ns(await collection.find({ _id: "DOC-42" }).toArray())).toEqual([42]);
  });

  it("keeps the rest of the filter, other _id types and other operators", async () => {
    expect(ns(await collection.find({ _id: { $in: ["DOC-1", "DOC-2", "DOC-3", "DOC-4"] }, pair: true }).toArray())).toEqual([2, 4]);
    expect(ns(await collection.find({ _id: { $in: ["DOC-5", 7, new mongoose.Types.ObjectId("65a1b2c3d4e5f60718293a4b")] } }).toArray())).toEqual([-7, -1, 5]);
    expect(ns(await collection.find({ _id: { $in: ["DOC-8", "DOC-9"], $nin: ["DOC-9"] } }).toArray())).toEqual([8]);
    expect(await collection.find({ _id: { $in: [] } }).toArray()).toEqual([]);
  });

  it("updates and deletes by _id", async () => {
    await collection.updateMany({ _id: { $in: ["DOC-10", "DOC-11"] } }, { $set: { n: 1000 } });
    expect(ns(await collection.find({ n: 1000 }).toArray())).toEqual([1000, 1000]);
    await collection.deleteOne({ _id: "DOC-10" });
    expect(await collection.findOne({ _id: "DOC-10" })).toBeNull();
    expect(await collection.countDocuments()).toBe(301);
  });
});
