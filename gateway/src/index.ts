export { startGateway, type RunningGateway, type GatewayOptions } from "./gateway";
export { gatewayConfig, subgraphUrlOverrides, type GatewayConfig } from "./config";
export { sha256 } from "./protection/safelist";
