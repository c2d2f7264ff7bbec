import type { Logger } from "pino";

/** What every gateway request carries to plugins and to subgraph calls. */
export interface GatewayContext {
  /** The x-request-id received (if well-formed) or generated, forwarded to every subgraph. */
  requestId: string;
  /** The caller's Authorization header, forwarded to subgraphs; its presence makes a request non-anonymous. */
  authorization?: string;
  log: Logger;
  /** Set when a subgraph marked its answer private: the response is then neither public nor cached. */
  privateData?: boolean;
}
