import { randomBytes } from "node:crypto";
import type { BaseContext } from "@apollo/server";
import { startService, type RunningService, type SubgraphDefinition } from "@prisme/common";

/** A database name no other test file uses. */
export function throwAwayDbName(service: string): string {
  return `test_${service.replace(/[^a-z0-9]/gi, "_")}_${randomBytes(4).toString("hex")}`;
}

function testUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error("MONGODB_URI is not set: run the tests through jest (its global setup starts the database).");
  return uri;
}

export interface TestService<M> extends RunningService<M> {
  /** Stops the subgraph and drops its throw-away database. */
  dispose(): Promise<void>;
}

/** Starts a subgraph on a free port, against a throw-away database, with or without demo data. */
export async function startTestService<M, C extends BaseContext, S>(
  definition: SubgraphDefinition<M, C, S>,
  options: { demoData?: boolean } = {},
): Promise<TestService<M>> {
  const service = await startService(definition, {
    uri: testUri(),
    dbName: throwAwayDbName(definition.name),
    port: 0,
    demoData: options.demoData === false ? "never" : "if-empty",
  });
  let stopped = false;
  return {
    ...service,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await service.stop();
    },
    dispose: async () => {
      const db = service.connection.db;
      if (db && service.connection.readyState === 1) await db.dropDatabase();
      if (!stopped) {
        stopped = true;
        await service.stop();
      }
    },
  };
}

/** Posts a GraphQL operation over real HTTP and returns the parsed JSON body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] } }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
