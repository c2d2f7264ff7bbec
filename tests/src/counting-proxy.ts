import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface CountingProxy {
  url: string;
  /** The operation names of the GraphQL requests forwarded since the last reset, in order. */
  operations: string[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * A pass-through in front of the gateway that notes every GraphQL request: what the web server
 * asks of the graph for one page view (its number is what "one request" means).
 */
export async function startCountingProxy(gatewayUrl: string): Promise<CountingProxy> {
  const operations: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    try {
      operations.push((JSON.parse(body.toString()) as { operationName?: string }).operationName ?? "(anonymous)");
    } catch {
      operations.push("(not JSON)");
    }
    try {
      const upstream = await fetch(gatewayUrl, { method: request.method, headers: { "content-type": request.headers["content-type"] ?? "application/json" }, body: request.method === "GET" ? undefined : body });
      response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      // The gateway is down: the caller sees the connection fail, as it would without the proxy.
      request.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    operations,
    reset: () => void operations.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
