import type { CombinedError } from "@urql/core";

/** What came back for one page: the data, the parts of the graph that did not answer, the arguments refused. */
export interface Outcome<Data> {
  data: Data | undefined;
  /** Subgraphs that failed (extensions.serviceName), each once, e.g. ["carif-oref"]. */
  missing: string[];
  /** Messages of BAD_USER_INPUT errors: an argument a subgraph refused (an id of the wrong shape…). */
  refused: string[];
}

/** Raised when the gateway itself cannot be reached or refuses the operation: the page cannot be shown. */
export class GatewayError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GatewayError";
  }
}

/**
 * Sorts a GraphQL answer: a subgraph outage (an error naming its service) leaves partial data
 * and a missing part to tell the person about; a refused argument is reported apart; anything
 * else (the gateway unreachable, a limit exceeded, an operation that no longer validates) is a
 * GatewayError, shown by the error page.
 */
export function toOutcome<Data>(data: Data | undefined, error: CombinedError | undefined): Outcome<Data> {
  const missing = new Set<string>();
  const refused: string[] = [];
  if (error?.networkError && !data) throw new GatewayError(`the gateway did not answer: ${error.networkError.message}`, { cause: error.networkError });
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const { code, serviceName } = graphQLError.extensions as { code?: string; serviceName?: string };
    if (code === "BAD_USER_INPUT") refused.push(graphQLError.message);
    else if (typeof serviceName === "string") missing.add(serviceName);
    else throw new GatewayError(`the gateway refused the operation: ${graphQLError.message}${code ? ` (${code})` : ""}`);
  }
  return { data: data ?? undefined, missing: [...missing], refused };
}
