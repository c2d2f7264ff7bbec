import { gatewayConfig, subgraphUrlOverrides } from "./config";
import { startGateway } from "./gateway";

/** Process entry of the gateway: `node gateway/dist/server.js`. */
async function main() {
  const gateway = await startGateway({ ...gatewayConfig(), subgraphUrls: subgraphUrlOverrides() });
  console.log(JSON.stringify({ level: "info", service: "gateway", msg: "gateway ready", url: gateway.url }));
  const shutdown = () => gateway.stop().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`[gateway] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
