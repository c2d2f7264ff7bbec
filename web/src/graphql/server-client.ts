import "server-only";
import { Client, fetchExchange, type AnyVariables, type DocumentInput } from "@urql/core";
import { gatewayTimeoutMs, gatewayUrl } from "@/config/site";
import { toOutcome, type Outcome } from "./outcome";
import { visitorHeaders } from "./visitor";

/** Per operation: the visitor's address for the gateway, and a fresh time limit. */
const requestContext = async () => {
  const headers = await visitorHeaders();
  return { fetchOptions: { cache: "no-store" as const, signal: AbortSignal.timeout(gatewayTimeoutMs()), headers } };
};

let client: Client | undefined;

// No cache exchange: nothing is shared between requests of different people; the gateway caches public answers.
function serverClient(): Client {
  client ??= new Client({
    url: gatewayUrl(),
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: "network-only",
  });
  return client;
}

/** Runs one operation against the gateway from the server, sorted into data, missing parts and refused arguments. */
export async function runQuery<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, variables: Variables): Promise<Outcome<Data>> {
  const result = await serverClient().query(document, variables, await requestContext()).toPromise();
  return toOutcome(result.data, result.error);
}
