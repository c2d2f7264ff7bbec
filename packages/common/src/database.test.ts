import { randomBytes } from "node:crypto";
import { connectDatabase, countQueries } from "./database";
import { ChangeLog } from "./store/change-log";

describe("countQueries", () => {
  it("counts the reads a request makes, leaving out the read models' following of the change log", async () => {
    const connection = await connectDatabase(process.env.MONGODB_URI!, `test_count_${randomBytes(4).toString("hex")}`);
    const counter = countQueries(connection);
    try {
      const db = connection.db!;
      await ChangeLog.of(db).since(0);
      expect(counter.count).toBe(0);
      await db.collection("essais").findOne({ _id: "A" } as never);
      await db.collection("essais").find({}).toArray();
      expect(counter.count).toBe(2);
    } finally {
      counter.stop();
      await connection.db?.dropDatabase();
      await connection.close();
    }
  });
});
