// A subgraph whose database dies: /health stays up, /ready says why it is not ready, requests
// get DATABASE_UNAVAILABLE, and once the database is back the subgraph answers again by itself.
// It runs its own FerretDB (the one of the test run is shared by every test file).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { startEmbeddedDb, type EmbeddedDb } from "@prisme/embedded-db";
import gql from "graphql-tag";
import { Schema, type Connection, type Model } from "mongoose";
import { startService, type RunningService, type SubgraphDefinition } from "./service";

interface Models {
  Thing: Model<{ _id: string; name: string }>;
}

let loaded = false;
const definition: SubgraphDefinition<Models, { models: Models }> = {
  name: "essai",
  buildSchema: async () =>
    buildSubgraphSchema([
      {
        typeDefs: gql`
          type Query {
            thing(id: ID!): String
            hello: String
          }
        `,
        resolvers: {
          Query: {
            thing: async (_: unknown, { id }: { id: string }, { models }: { models: Models }) => (await models.Thing.findById(id).lean())?.name ?? null,
            hello: () => "hello",
          },
        },
      },
    ]),
  models: (connection: Connection) => ({ Thing: connection.model("Thing", new Schema<{ _id: string; name: string }>({ _id: String, name: String })) }),
  readModel: () => ({ name: "essai", load: async () => ({}) }),
  context: (models) => ({ models }),
  seedDemo: async () => 0,
  readiness: () => (loaded ? { ready: true, reasons: [] } : { ready: false, reasons: ["read model: loading"] }),
};

const dataDir = mkdtempSync(join(tmpdir(), "prisme-subgraph-db-"));
let db: EmbeddedDb;
let service: RunningService<Models>;
beforeAll(async () => {
  db = await startEmbeddedDb({ port: 0, dataDir });
  service = await startService(definition, { uri: db.uri, dbName: "essai", port: 0 });
  await service.models.Thing.create({ _id: "a", name: "chose" });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  await db?.stop();
});

const get = async (path: string) => {
  const response = await fetch(new URL(path, service.url));
  return { status: response.status, body: (await response.json()) as { status: string; reasons?: string[] } };
};
const query = async (text: string) => {
  const response = await fetch(service.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: text }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (boundedly) until /ready gives the wanted status. */
async function readyBecomes(status: number) {
  let last = await get("/ready");
  for (let i = 0; i < 60 && last.status !== status; i += 1) {
    await sleep(500);
    last = await get("/ready");
  }
  return last;
}

describe("subgraph probes and a dead database", () => {
  it("says not ready, with the reason its readiness hook gives, until the hook says ready", async () => {
    expect(await get("/health")).toEqual({ status: 200, body: { status: "ok" } });
    expect(await readyBecomes(503)).toEqual({ status: 503, body: { status: "unavailable", reasons: ["read model: loading"] } });
    loaded = true;
    expect(await readyBecomes(200)).toEqual({ status: 200, body: { status: "ready" } });
    expect((await query(`{ thing(id: "a") }`)).data).toEqual({ thing: "chose" });
  });

  it("answers DATABASE_UNAVAILABLE while the database is down, and answers again once it is back, without a restart", async () => {
    const port = db.port;
    await db.stop();
    const down = await query(`{ thing(id: "a") hello }`);
    expect(down.data).toEqual({ thing: null, hello: "hello" });
    expect(down.errors?.[0].extensions.code).toBe("DATABASE_UNAVAILABLE");
    expect(down.errors?.[0].message).toMatch(/The essai database is unavailable .*retry in a few seconds/);
    expect(await get("/health")).toEqual({ status: 200, body: { status: "ok" } });
    const notReady = await readyBecomes(503);
    expect(notReady.body.reasons?.[0]).toMatch(/^database essai: /);

    db = await startEmbeddedDb({ port, dataDir });
    expect((await readyBecomes(200)).status).toBe(200);
    expect(await query(`{ thing(id: "a") }`)).toEqual({ data: { thing: "chose" } });
  });
});
