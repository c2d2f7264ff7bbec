#!/usr/bin/env node
// `npm start`: the embedded database, the four subgraphs, the gateway and the web site, in that order.
import { join } from "node:path";
import { z } from "zod";
import { port, readConfig } from "@prisme/common";
import { dataDir, projectRoot, startEmbeddedDb, type EmbeddedDb } from "@prisme/embedded-db";
import { startNodeProcess, type ManagedProcess } from "./processes";

const SUBGRAPHS = [
  { name: "onisep", port: 4001 },
  { name: "carif-oref", port: 4002 },
  { name: "rectorat", port: 4003 },
  { name: "region", port: 4004 },
];

async function main() {
  const config = readConfig({
    PRISME_DB_PORT: port(27027),
    PORT: port(4000),
    PORT_WEB: port(3000),
    PRISME_DEMO_DATA: z.enum(["if-empty", "never"]).default("if-empty"),
  });
  const root = projectRoot();
  const running: ManagedProcess[] = [];
  let db: EmbeddedDb | undefined;
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Prisme…");
    for (const proc of running.reverse()) await proc.stop();
    await db?.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));

  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PRISME_DEMO_DATA: config.PRISME_DEMO_DATA };
    if (process.env.MONGODB_URI || SUBGRAPHS.every((s) => process.env[`MONGODB_URI_${envKey(s.name)}`])) {
      console.log("Using the MongoDB given by MONGODB_URI: the embedded database is not started.");
    } else {
      const folder = join(dataDir(), "ferretdb");
      db = await startEmbeddedDb({ port: config.PRISME_DB_PORT, dataDir: folder });
      env.MONGODB_URI = db.uri;
      console.log(`Embedded database (FerretDB, SQLite files in ${folder}) listening on ${db.uri}`);
    }

    const urls: Record<string, string> = {};
    const subgraphs = SUBGRAPHS.map((subgraph) => {
      const key = envKey(subgraph.name);
      const proc = startNodeProcess(subgraph.name, join(root, "services", subgraph.name, "dist", "server.js"), {
        ...env,
        [`PORT_${key}`]: process.env[`PORT_${key}`] ?? String(subgraph.port),
      });
      running.push(proc);
      return proc;
    });
    for (const proc of subgraphs) urls[proc.name] = await proc.ready;

    // The web site's server, beside the gateway, forwards each visitor's address: the rate limit counts visitors, not the site.
    const gatewayEnv: NodeJS.ProcessEnv = { ...env, PORT: String(config.PORT), TRUST_PROXY: process.env.TRUST_PROXY ?? "127.0.0.1,::1" };
    for (const [name, url] of Object.entries(urls)) gatewayEnv[`SUBGRAPH_URL_${envKey(name)}`] = url;
    const gateway = startNodeProcess("gateway", join(root, "gateway", "dist", "server.js"), gatewayEnv);
    running.push(gateway);
    const endpoint = await gateway.ready;

    // The public site (the production build of web/), querying the gateway's public endpoint only.
    const web = startNodeProcess("web", join(root, "web", "dist", "scripts", "serve.js"), {
      ...env,
      NODE_ENV: "production",
      PORT_WEB: String(config.PORT_WEB),
      PRISME_GATEWAY_URL: endpoint,
    });
    running.push(web);
    const site = await web.ready;

    console.log(`\nPrisme is up.\n  Web site:                 ${site}\n  Unified GraphQL endpoint: ${endpoint}\nPress Ctrl-C to stop.`);
    for (const proc of running) {
      proc.child.once("exit", (code) => {
        if (!stopping) {
          console.error(`${proc.name} stopped unexpectedly (exit code ${code}); stopping everything.`);
          void stopAll(1);
        }
      });
    }
  } catch (error) {
    console.error(`Prisme could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

const envKey = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, "_");

void main();
