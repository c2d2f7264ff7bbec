#!/usr/bin/env node
// `npm start`: the embedded database, the four subgraphs, the gateway and the web site, in that
// order, then supervised: a process that stops unexpectedly is restarted while the others keep serving.
import { join } from "node:path";
import { z } from "zod";
import { port, readConfig } from "@prisme/common";
import { dataDir, projectRoot, startEmbeddedDb } from "@prisme/embedded-db";
import { nodeOptionsOf } from "./node-options";
import { startNodeProcess, type ManagedProcess, type RunningProcess } from "./processes";
import { DEFAULT_POLICY, Supervisor } from "./supervisor";

const SUBGRAPHS = [
  { name: "onisep", port: 4001 },
  { name: "carif-oref", port: 4002 },
  { name: "rectorat", port: 4003 },
  { name: "region", port: 4004 },
];

const envKey = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
const portOf = (url: string) => new URL(url).port;

async function main() {
  const config = readConfig({
    PRISME_DB_PORT: port(27027),
    PORT: port(4000),
    PORT_WEB: port(3000),
    PRISME_DEMO_DATA: z.enum(["if-empty", "never"]).default("if-empty"),
    PRISME_MAX_CRASHES: z.coerce.number().int().min(1).default(DEFAULT_POLICY.maxCrashes),
    PRISME_CRASH_WINDOW_S: z.coerce.number().int().min(1).default(DEFAULT_POLICY.windowMs / 1000),
  });
  const root = projectRoot();
  let stopping = false;
  const starting: RunningProcess[] = [];
  const supervisor = new Supervisor(() => void stopAll(1), { ...DEFAULT_POLICY, maxCrashes: config.PRISME_MAX_CRASHES, windowMs: config.PRISME_CRASH_WINDOW_S * 1000 });

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Prisme…");
    await supervisor.stopAll();
    for (const proc of starting.reverse()) await proc.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));

  /** Starts a Node service, and once it is ready, supervises it: a restart keeps the port it first got. */
  const startService = async (name: string, script: string, env: NodeJS.ProcessEnv, portVariable: string, nodeOptions: string[] = []): Promise<string> => {
    const first = startNodeProcess(name, script, env, nodeOptions);
    starting.push(first);
    const url = await first.ready;
    const restart = (): ManagedProcess => startNodeProcess(name, script, { ...env, [portVariable]: portOf(url) }, nodeOptions);
    supervisor.watch(name, first, restart);
    return url;
  };

  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PRISME_DEMO_DATA: config.PRISME_DEMO_DATA };
    if (process.env.MONGODB_URI || SUBGRAPHS.every((s) => process.env[`MONGODB_URI_${envKey(s.name)}`])) {
      console.log("Using the MongoDB given by MONGODB_URI: the embedded database is not started.");
    } else {
      const folder = join(dataDir(), "ferretdb");
      const startDb = async (): Promise<RunningProcess> => {
        const db = await startEmbeddedDb({ port: config.PRISME_DB_PORT, dataDir: folder });
        return { name: "database", pid: db.pid, ready: Promise.resolve(db.uri), exited: db.exited, stop: db.stop };
      };
      const db = await startDb();
      starting.push(db);
      supervisor.watch("database", db, startDb);
      env.MONGODB_URI = `mongodb://127.0.0.1:${config.PRISME_DB_PORT}/`;
      console.log(`Embedded database (FerretDB, SQLite files in ${folder}) listening on ${env.MONGODB_URI} (pid ${db.pid})`);
    }

    // The subgraphs that take a commune in proximite ask the région subgraph for its centre.
    const region = SUBGRAPHS.find((s) => s.name === "region")!;
    env.PRISME_REGION_URL ??= `http://${process.env.HOST ?? "127.0.0.1"}:${process.env[`PORT_${envKey(region.name)}`] ?? region.port}/`;

    const urls = await Promise.all(
      SUBGRAPHS.map((subgraph) => {
        const variable = `PORT_${envKey(subgraph.name)}`;
        const script = join(root, "services", subgraph.name, "dist", "server.js");
        const nodeOptions = nodeOptionsOf(join(root, "services", subgraph.name));
        return startService(subgraph.name, script, { ...env, [variable]: process.env[variable] ?? String(subgraph.port) }, variable, nodeOptions);
      }),
    );

    // The web site's server, beside the gateway, forwards each visitor's address: the rate limit counts visitors, not the site.
    const gatewayEnv: NodeJS.ProcessEnv = { ...env, PORT: String(config.PORT), TRUST_PROXY: process.env.TRUST_PROXY ?? "127.0.0.1,::1" };
    SUBGRAPHS.forEach((subgraph, i) => (gatewayEnv[`SUBGRAPH_URL_${envKey(subgraph.name)}`] = urls[i]));
    const endpoint = await startService("gateway", join(root, "gateway", "dist", "server.js"), gatewayEnv, "PORT");

    // The public site (the production build of web/), querying the gateway's public endpoint only.
    const webEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", PORT_WEB: String(config.PORT_WEB), PRISME_GATEWAY_URL: endpoint };
    const site = await startService("web", join(root, "web", "dist", "scripts", "serve.js"), webEnv, "PORT_WEB");

    console.log(
      `\nPrisme is up.\n  Web site:                 ${site}\n  Unified GraphQL endpoint: ${endpoint}\n` +
        `A process that stops is restarted (after ${config.PRISME_MAX_CRASHES} crashes within ${config.PRISME_CRASH_WINDOW_S} s, Prisme stops).\nPress Ctrl-C to stop.`,
    );
  } catch (error) {
    console.error(`Prisme could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

void main();
