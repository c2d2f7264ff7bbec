import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Readiness } from "./readiness";
import type { IncomingRequest } from "./service";

/**
 * Entity representations the gateway sends for a long list can be large; this only stops a
 * runaway body (the gateway limits what clients send it).
 */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface SubgraphHttpDependencies<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (request: IncomingRequest) => Promise<C>;
  readiness: () => Promise<Readiness>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) }).end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  return headers;
}

async function graphql<C extends BaseContext>(deps: SubgraphHttpDependencies<C>, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const text = req.method === "POST" ? await readBody(req) : "";
  if (text === null) return send(res, 413, { errors: [{ message: `The request body exceeds ${MAX_BODY_BYTES} bytes.`, extensions: { code: "REQUEST_TOO_LARGE" } }] });
  let body: unknown = text;
  if (req.headers["content-type"]?.toLowerCase().includes("json") && text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch (error) {
      return send(res, 400, { errors: [{ message: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, extensions: { code: "BAD_REQUEST" } }] });
    }
  } else if (text.trim() === "") body = undefined;
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers: headerMap(req), search: url.search, body },
    context: () => deps.context({ headers: req.headers }),
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

/**
 * A subgraph's HTTP routes: GET /health (the process answers), GET /ready (200 when the database
 * answers a ping and the service's own readiness hook says ready, else 503 with the reasons),
 * and GraphQL on every other path.
 */
export function subgraphHandler<C extends BaseContext>(deps: SubgraphHttpDependencies<C>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://subgraph");
    if (url.pathname === "/health") return send(res, 200, { status: "ok" });
    if (url.pathname === "/ready") {
      const { ready, reasons } = await deps.readiness();
      return send(res, ready ? 200 : 503, ready ? { status: "ready" } : { status: "unavailable", reasons });
    }
    return graphql(deps, req, res, url);
  };
}
