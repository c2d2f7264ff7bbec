import { buildSchema } from "graphql";
import { connectDatabase } from "@prisme/common";
import { operationsOf, readPathViolation, recordCommands } from "./read-path";
import { throwAwayDbName } from "./services";

describe("readPathViolation", () => {
  it("accepts reads and writes by _id and names every other kind of query", async () => {
    const connection = await connectDatabase(process.env.MONGODB_URI!, throwAwayDbName("readpath"));
    const recorder = recordCommands(connection);
    try {
      const collection = connection.db!.collection("essais");
      await collection.insertOne({ _id: "A", nom: "a" } as never);
      await collection.findOne({ _id: "A" } as never);
      await collection.find({ _id: { $in: ["A", "B"] } } as never).toArray();
      await collection.updateOne({ _id: "A" } as never, { $set: { nom: "b" } });
      await collection.deleteOne({ _id: "B" } as never);
      expect(recorder.commands.map(readPathViolation)).toEqual([null, null, null, null, null]);

      recorder.reset();
      await collection.findOne({ nom: "b" });
      await collection.find({ _id: { $in: Array.from({ length: 501 }, (_, i) => `K${i}`) } } as never).toArray();
      await collection.find({ _id: "A" } as never).sort({ nom: 1 }).toArray();
      await collection.countDocuments();
      await collection.updateOne({ nom: "b" }, { $set: { nom: "c" } });
      const violations = recorder.commands.map(readPathViolation);
      expect(violations).toEqual([
        'find on essais with filter {"nom":"b"}',
        expect.stringMatching(/^find on essais with filter \{"_id":\{"\$in":\["K0"/),
        'find on essais with a sort {"nom":1}',
        expect.stringMatching(/^aggregate on essais/),
        'update on essais by {"nom":"b"}',
      ]);
    } finally {
      recorder.stop();
      await connection.db?.dropDatabase();
      await connection.close();
    }
  });
});

describe("operationsOf", () => {
  const schema = buildSchema(`
    type Lieu { nom: String! }
    type Query { lieux(latitude: Float, longitude: Float, rayonKm: Float, type: String, first: Int, after: String): [Lieu!]! }
  `);

  it("gives arguments that go together in one variant, never one by one, and the others alone", () => {
    const operations = operationsOf(schema, {
      arguments: { latitude: 45.7772, longitude: 3.087, rayonKm: 10, type: "CIO", first: 5 },
      representations: {},
      together: [["latitude", "longitude", "rayonKm"]],
    });
    expect(operations.map((o) => o.coordinate)).toEqual(["Query.lieux", "Query.lieux(latitude, longitude, rayonKm)", "Query.lieux(type)", "Query.lieux(first)"]);
    expect(operations[1]!.query).toContain("lieux(latitude: 45.7772, longitude: 3.087, rayonKm: 10)");
  });
});
