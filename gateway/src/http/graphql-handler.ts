import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GatewayContext } from "../context";
import { safelistRefusal, type Safelist } from "../protection/safelist";
import { BodyTooLargeError, readBody } from "./body";
import { sendGraphQLError } from "./respond";

/** Copies Node's request headers into Apollo's HeaderMap (lower-case names, repeated values joined). */
function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** The body as Apollo expects it: parsed JSON for a JSON content type, the raw text otherwise (Apollo then refuses it). */
function parseBody(text: string, contentType: string | undefined): { ok: true; body: unknown } | { ok: false; reason: string } {
  if (!contentType?.toLowerCase().includes("json")) return { ok: true, body: text };
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs one GraphQL HTTP request through Apollo Server and writes its answer. */
export async function handleGraphQL(
  server: ApolloServer<GatewayContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: GatewayContext,
  options: { maxBodyBytes: number; safelist?: Safelist },
): Promise<void> {
  let text = "";
  if (req.method === "POST") {
    try {
      text = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendGraphQLError(res, 413, error.message, { code: "REQUEST_TOO_LARGE", setting: "MAX_BODY_BYTES", limit: error.limit });
      }
      throw error;
    }
  }
  const parsed = parseBody(text, req.headers["content-type"]);
  if (!parsed.ok) return sendGraphQLError(res, 400, `The request body is not valid JSON: ${parsed.reason}`, { code: "BAD_REQUEST" });
  const url = new URL(req.url ?? "/", "http://gateway");
  const refusal = options.safelist && safelistRefusal(options.safelist, parsed.body, url.search);
  if (refusal) return sendGraphQLError(res, 400, refusal.message, { code: refusal.extensions.code, setting: refusal.extensions.setting });
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers: headerMap(req), search: url.search, body: parsed.body },
    context: async () => context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
