import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";

/**
 * Node's fetch (undici) keeps connections to each subgraph alive in a pool; every call is
 * bounded by a timeout so a stuck subgraph cannot hold a gateway request forever.
 */
function timedFetcher(timeoutMs: number): Fetcher {
  return ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}

/**
 * Calls one subgraph over HTTP, and names the service in any failure so that a client of the
 * partial response knows which partner's data is missing.
 */
export class SubgraphSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs: number,
  ) {
    super({ url, fetcher: timedFetcher(timeoutMs) });
  }

  override async process(options: GraphQLDataSourceProcessOptions) {
    try {
      return await super.process(options);
    } catch (error) {
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
