import type { CombinedError } from "@urql/core";

/** What came back for one page: the data, the parts of the graph that did not answer, the arguments refused. */
export interface Outcome<Data> {
  data: Data | undefined;
  /** Subgraphs that failed (extensions.serviceName), each once, e.g. ["carif-oref"]. */
  missing: string[];
  /** Messages of BAD_USER_INPUT errors: an argument a subgraph refused (an id of the wrong shape…). */
  refused: string[];
  /** Set when nothing could be had: the gateway unreachable, or refusing the operation (logged on the server). */
  failure?: string;
}

/**
 * Sorts a GraphQL answer: a subgraph outage (an error naming its service) leaves partial data
 * and a missing part to tell the person about; a refused argument is reported apart; anything
 * else (the gateway unreachable, a limit exceeded, an operation that no longer validates) is a
 * failure: logged, and shown by the page as "service unavailable", never thrown (Next.js would
 * render a thrown error in the browser only).
 */
export function toOutcome<Data>(data: Data | undefined, error: CombinedError | undefined): Outcome<Data> {
  const missing = new Set<string>();
  const refused: string[] = [];
  let failure: string | undefined;
  if (error?.networkError && !data) failure = `the gateway did not answer: ${error.networkError.message}`;
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const { code, serviceName } = graphQLError.extensions as { code?: string; serviceName?: string };
    if (code === "BAD_USER_INPUT") refused.push(graphQLError.message);
    else if (typeof serviceName === "string") missing.add(serviceName);
    else failure ??= `the gateway refused the operation: ${graphQLError.message}${code ? ` (${code})` : ""}`;
  }
  if (failure) console.error(JSON.stringify({ level: "error", service: "web", msg: failure }));
  return { data: failure ? undefined : (data ?? undefined), missing: [...missing], refused, ...(failure ? { failure } : {}) };
}
