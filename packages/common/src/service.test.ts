// A subgraph whose read model is still loading: it answers /health, tells /ready what it waits for,
// and says "ready" (startService resolves) only once the read model is loaded.
import { buildSubgraphSchema } from "@apollo/subgraph";
import { freePort } from "@prisme/embedded-db";
import { throwAwayDbName } from "@prisme/testing";
import gql from "graphql-tag";
import { storeOf } from "./store/store";
import { startService, type SubgraphDefinition } from "./service";
import type { Store } from "./store/store";

let release!: () => void;
const loaded = new Promise<void>((resolve) => (release = resolve));

const definition: SubgraphDefinition<Store, { read: () => Promise<string> }, string> = {
  name: "lent",
  buildSchema: async () => buildSubgraphSchema([{ typeDefs: gql`type Query { etat: String }`, resolvers: { Query: { etat: (_: unknown, __: unknown, ctx: { read: () => Promise<string> }) => ctx.read() } } }]),
  models: storeOf,
  readModel: () => ({
    name: "lent",
    load: async (progress) => {
      progress("12 of 50 records read");
      await loaded;
      return "chargé";
    },
  }),
  context: (_store, _request, readModel) => ({ read: () => readModel.current() }),
  seedDemo: async () => 0,
};

describe("a subgraph whose read model is loading", () => {
  it("answers /health, is not ready until loaded, and is ready after", async () => {
    const port = await freePort();
    const starting = startService(definition, { uri: process.env.MONGODB_URI!, dbName: throwAwayDbName("lent"), port });
    let settled = false;
    void starting.then(() => (settled = true));
    const url = `http://127.0.0.1:${port}`;
    // Wait for the server to listen.
    let health = 0;
    for (let i = 0; i < 100 && health !== 200; i += 1) {
      health = await fetch(`${url}/health`).then((r) => r.status, () => 0);
      if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(health).toBe(200);
    const notReady = await fetch(`${url}/ready`);
    expect(notReady.status).toBe(503);
    expect(JSON.stringify(await notReady.json())).toContain("read model of lent not loaded yet (12 of 50 records read)");
    expect(settled).toBe(false);
    release();
    const service = await starting;
    try {
      // /ready is worked out at most once a second (probes come from anywhere): it turns ready within that.
      let ready: unknown = null;
      for (let i = 0; i < 40 && (ready as { status?: string } | null)?.status !== "ready"; i += 1) {
        ready = await fetch(`${url}/ready`).then((r) => r.json());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ready).toEqual({ status: "ready" });
      const answer = await fetch(`${url}/`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ etat }" }) });
      expect(await answer.json()).toEqual({ data: { etat: "chargé" } });
    } finally {
      await service.connection.db?.dropDatabase();
      await service.stop();
    }
  });
});
