#!/usr/bin/env node
// The site's production server: the Next.js build in .next/ behind node:http, on PORT_WEB, with
// compression and the page statuses of status-marker.ts. Prints one JSON "web ready" line with its
// URL (what `npm start` waits for), and stops cleanly on SIGTERM/SIGINT (requests in flight finish).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import compression from "compression";
import { webConfig } from "./config";
import { clientAddress, CLIENT_ADDRESS_HEADER } from "./client-address";
import { statusFromMarker } from "./status-marker";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const dir = join(__dirname, "..", "..");

async function main() {
  const config = webConfig();
  if (!existsSync(join(dir, ".next", "BUILD_ID"))) {
    throw new Error(`no production build in ${join(dir, ".next")}: run \`npm run build\` first`);
  }
  process.env.PRISME_GATEWAY_URL = config.PRISME_GATEWAY_URL;
  process.env.PORT_WEB = String(config.PORT_WEB);
  // Loaded after the settings are checked: `next` reads NODE_ENV and the telemetry switch on import.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: config.HOST, port: config.PORT_WEB });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Compression here rather than in Next.js (compress: false), so that it comes after the status marker is read.
  const compress = compression();
  const server = createServer((request, response) => {
    compress(request as never, response as never, () => {
      // The visitor's address, set here only (a visitor cannot choose it): the site forwards it to the gateway.
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, config.PRISME_WEB_TRUST_PROXY);
      statusFromMarker(response);
      void handle(request, response);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`port ${config.PORT_WEB} on ${config.HOST} is already in use: stop what listens there, or choose another port with PORT_WEB`) : error),
    );
    server.listen(config.PORT_WEB, config.HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT_WEB;
  const url = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${port}/`;
  console.log(JSON.stringify({ level: "info", service: "web", msg: "web ready", url, gateway: config.PRISME_GATEWAY_URL }));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: "error", service: "web", msg: `web could not start: ${error instanceof Error ? error.message : String(error)}` }));
  process.exit(1);
});
