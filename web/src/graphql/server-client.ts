import "server-only";
import { Client, fetchExchange, type AnyVariables, type DocumentInput } from "@urql/core";
import { gatewayTimeoutMs, gatewayUrl } from "@/config/site";
import { toOutcome, type Outcome } from "./outcome";

let client: Client | undefined;

// No cache exchange: nothing is shared between requests of different people; the gateway caches public answers.
function serverClient(): Client {
  client ??= new Client({
    url: gatewayUrl(),
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: "network-only",
    fetchOptions: () => ({ cache: "no-store", signal: AbortSignal.timeout(gatewayTimeoutMs()), headers: { "x-prisme-client": "web" } }),
  });
  return client;
}

/** Runs one operation against the gateway from the server, sorted into data, missing parts and refused arguments. */
export async function runQuery<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, variables: Variables): Promise<Outcome<Data>> {
  const result = await serverClient().query(document, variables).toPromise();
  return toOutcome(result.data, result.error);
}

/** Runs one mutation (the Quiz Métiers' scoring, which changes nothing) the same way. */
export async function runMutation<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, variables: Variables): Promise<Outcome<Data>> {
  const result = await serverClient().mutation(document, variables).toPromise();
  return toOutcome(result.data, result.error);
}
