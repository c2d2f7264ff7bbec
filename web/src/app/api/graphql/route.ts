// The browser's way to the gateway (search suggestions, the commune picker): queries only, small
// bodies, forwarded as they are to the gateway's public endpoint. Mutations stay on the server.
import { Kind, parse } from "graphql";
import { gatewayTimeoutMs, gatewayUrl } from "@/config/site";

export const dynamic = "force-dynamic";

const MAX_BODY_CHARS = 20_000;

const refuse = (status: number, message: string) => Response.json({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] }, { status });

/** True when the document holds only queries (no mutation, no subscription). */
function onlyQueries(source: string): boolean {
  try {
    return parse(source).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === "query");
  } catch {
    return true; // a syntax error: the gateway will say what is wrong
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return refuse(415, "Send the operation as JSON (Content-Type: application/json).");
  const body = await request.text();
  if (body.length > MAX_BODY_CHARS) return refuse(413, `The operation is larger than ${MAX_BODY_CHARS} characters.`);
  let payload: { query?: unknown };
  try {
    payload = JSON.parse(body) as { query?: unknown };
  } catch {
    return refuse(400, "The body is not valid JSON.");
  }
  if (typeof payload.query !== "string" || !onlyQueries(payload.query)) return refuse(400, "Only GraphQL queries are forwarded from the browser.");
  // The visitor's address as scripts/serve.ts set it: the gateway's rate limit counts visitors (TRUST_PROXY).
  const forwardedFor = request.headers.get("x-prisme-client-address");
  try {
    const upstream = await fetch(gatewayUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      body,
      cache: "no-store",
      signal: AbortSignal.timeout(gatewayTimeoutMs()),
    });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": upstream.headers.get("cache-control") ?? "no-store" },
    });
  } catch (error) {
    return refuse(502, `The gateway did not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
