import { gatewayConfig, subgraphUrlOverrides } from "./config";
import { startGateway } from "./gateway";
import { createLogger } from "./observability/logger";

/** Process entry of the gateway: `node gateway/dist/server.js`. */
async function main() {
  const config = gatewayConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const gateway = await startGateway({ ...config, subgraphUrls: subgraphUrlOverrides(), logger });
  // packages/platform waits for this line: JSON, a msg ending in "ready", and the url.
  console.log(JSON.stringify({ level: "info", service: "gateway", msg: "gateway ready", url: gateway.url, pid: process.pid }));
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down: finishing requests in flight");
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`[gateway] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
