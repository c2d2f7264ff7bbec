import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context";

/**
 * Node's fetch (undici) keeps connections to each subgraph alive in a pool; every call is
 * bounded by a timeout so a stuck subgraph cannot hold a gateway request forever.
 */
function timedFetcher(timeoutMs: number): Fetcher {
  return ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}

/** Called after each subgraph call, for metrics. */
export type SubgraphCallObserver = (subgraph: string, seconds: number, ok: boolean) => void;

/**
 * Calls one subgraph over HTTP, and names the service in any failure so that a client of the
 * partial response knows which partner's data is missing. Only the request id and the caller's
 * Authorization reach the subgraph: the gateway builds each subgraph request afresh, so no other
 * client header (cookies, forwarded-for…) is passed on.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs: number,
    private readonly observe?: SubgraphCallObserver,
  ) {
    // Subgraphs that declare no cache hints answer "no-store" by default, which would make all
    // public data uncacheable: the gateway sets the policy itself and honours only "private".
    super({ url, fetcher: timedFetcher(timeoutMs), honorSubgraphCacheControlHeader: false });
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]) {
    if (response.http?.headers.get("cache-control")?.includes("private")) context.privateData = true;
    return response;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loads carry no client request: nothing to forward.
    if (!("incomingRequestContext" in options)) return;
    const headers = options.request.http?.headers;
    const context = options.context;
    if (!headers || !context) return;
    headers.set("x-request-id", context.requestId);
    if (context.authorization) headers.set("authorization", context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await super.process(options);
      this.observe?.(this.serviceName, seconds(), !response.errors?.length);
      return response;
    } catch (error) {
      this.observe?.(this.serviceName, seconds(), false);
      if (error instanceof GraphQLError && error.extensions.serviceName) throw error;
      const reason = error instanceof Error ? describe(error) : String(error);
      throw new GraphQLError(`The ${this.serviceName} subgraph did not answer: ${reason}`, {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.serviceName },
      });
    }
  }
}

function describe(error: Error): string {
  if (error.name === "TimeoutError") return "timed out";
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
