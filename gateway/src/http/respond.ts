import type { ServerResponse } from "node:http";

/** Sends a JSON body with a status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Sends a GraphQL-shaped error ({"errors": [{message, extensions: {code}}]}) for a request refused before GraphQL runs. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions }] }, headers);
}
