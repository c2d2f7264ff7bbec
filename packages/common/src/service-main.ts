import type { BaseContext } from "@apollo/server";
import { z } from "zod";
import { databaseNameFor, mongoUriFor, port, readConfig } from "./config";
import { startService, type SubgraphDefinition } from "./service";

/**
 * The process entry of a subgraph (`node services/<name>/dist/server.js`): reads its
 * configuration from the environment, starts, and stops cleanly on SIGINT/SIGTERM.
 */
export async function runServiceMain<M, C extends BaseContext, S>(definition: SubgraphDefinition<M, C, S>, defaultPort: number) {
  const envKey = definition.name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
  try {
    const config = readConfig({
      PORT: port(defaultPort),
      HOST: z.string().default("127.0.0.1"),
      PRISME_DEMO_DATA: z.enum(["if-empty", "never"]).default("never"),
    }, { ...process.env, PORT: process.env[`PORT_${envKey}`] });
    const uri = mongoUriFor(definition.name);
    if (!uri) throw new Error(`No database configured: set MONGODB_URI (or MONGODB_URI_${envKey}).`);
    const service = await startService(definition, {
      uri,
      dbName: databaseNameFor(definition.name),
      port: config.PORT,
      host: config.HOST,
      demoData: config.PRISME_DEMO_DATA,
    });
    console.log(JSON.stringify({ level: "info", service: definition.name, msg: "subgraph ready", url: service.url, pid: process.pid }));
    const shutdown = () => {
      service.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
  } catch (error) {
    console.error(`[${definition.name}] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
