/** One subgraph's readiness as the gateway sees it. */
export interface SubgraphReadiness {
  ready: boolean;
  reasons: string[];
}

const TIMEOUT_MS = 2_000;

/** The readiness URL beside a subgraph's GraphQL URL (http://127.0.0.1:4001/ → http://127.0.0.1:4001/ready). */
export function readyUrlOf(graphqlUrl: string): string {
  return new URL("ready", graphqlUrl).toString();
}

// Duck-typed rather than instanceof: fetch's errors may come from another realm (a test runner's).
const reasonOf = (error: unknown): string => {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === "TimeoutError") return `no answer within ${TIMEOUT_MS} ms`;
  return cause?.code ?? cause?.message ?? message ?? String(error);
};

/**
 * Asks a subgraph whether it is ready: its GET /ready (a Prisme subgraph answers 503 with reasons
 * while its database or its read models are not there). A partner's subgraph without /ready
 * (any other answer: 404, or a GraphQL server's 400 for a GET without a query) is ready when it
 * answers a `{ __typename }` query, as Apollo's health check asks.
 */
export async function subgraphReadiness(graphqlUrl: string, timeoutMs = TIMEOUT_MS): Promise<SubgraphReadiness> {
  try {
    const response = await fetch(readyUrlOf(graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 200) {
      await response.body?.cancel();
      return { ready: true, reasons: [] };
    }
    if (response.status === 503) {
      const body = (await response.json().catch(() => ({}))) as { reasons?: unknown };
      return { ready: false, reasons: Array.isArray(body.reasons) ? body.reasons.map(String).slice(0, 10) : ["/ready answered HTTP 503"] };
    }
    await response.body?.cancel();
    return await answersTypename(graphqlUrl, timeoutMs);
  } catch (error) {
    return { ready: false, reasons: [`unreachable: ${reasonOf(error)}`] };
  }
}

async function answersTypename(graphqlUrl: string, timeoutMs: number): Promise<SubgraphReadiness> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: unknown };
  return response.ok && body.data ? { ready: true, reasons: [] } : { ready: false, reasons: [`no answer to { __typename } (HTTP ${response.status})`] };
}
