import "server-only";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { loadQuery } from "./cached-query";
import type { Outcome } from "./outcome";

/** For each partner, the Boolean variables of a page's query that include the parts it serves. */
export type PartsByService<Variables> = Partial<Record<string, (keyof Variables)[]>>;

/**
 * One page's request, robust to a partner's outage. A part served by a subgraph that is down comes
 * back null; when that part is non-null in the schema (a root list, a name inside a list), null
 * climbs up to its parent and can empty the whole answer. So when a partner did not answer and the
 * page's query has switches (@include) for its parts, the query is sent once more without them:
 * the person gets everything the others have, and the first answer's missing partners are kept for
 * the alert. Without an outage this is one request.
 */
export async function loadPage<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: NoInfer<Variables>,
  parts: NoInfer<PartsByService<Variables>> = {},
): Promise<Outcome<Data>> {
  const first = await loadQuery(document, variables);
  const switches = first.missing.flatMap((service) => parts[service] ?? []).filter((key) => (variables as Record<string, unknown>)[key as string] !== false);
  if (switches.length === 0) return first;
  const without = { ...variables, ...Object.fromEntries(switches.map((key) => [key, false])) } as Variables;
  const second = await loadQuery(document, without);
  return { data: second.data, missing: [...new Set([...first.missing, ...second.missing])], refused: [...first.refused, ...second.refused] };
}
