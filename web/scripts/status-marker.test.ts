import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { statusFromMarker } from "./status-marker";

let server: Server;
let base: string;
const pages: Record<string, (response: import("node:http").ServerResponse) => void> = {
  // As Next.js does: writeHead first, then the document in chunks.
  "/introuvable": (response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.write("<!DOCTYPE html><html><head><title>x</title>");
    response.write('<meta name="prisme-status" content="404"/></head><body>');
    response.end("<h1>Page non trouvée</h1></body></html>");
  },
  "/normale": (response) => {
    response.setHeader("content-type", "text/html");
    response.end("<html><head></head><body><h1>ok</h1></body></html>");
  },
  // The tag counts only in an HTML document's head.
  "/json": (response) => {
    response.setHeader("content-type", "application/json");
    response.end('{"x":"<meta name=\\"prisme-status\\" content=\\"404\\"/>"}');
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    statusFromMarker(response);
    pages[request.url!](response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the status a page names in its head", () => {
  it("becomes the response's status, the body unchanged", async () => {
    const response = await fetch(`${base}/introuvable`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<!DOCTYPE html><html><head><title>x</title><meta name="prisme-status" content="404"/></head><body><h1>Page non trouvée</h1></body></html>');
  });

  it("leaves other pages and other kinds of response alone", async () => {
    expect((await fetch(`${base}/normale`)).status).toBe(200);
    const json = await fetch(`${base}/json`);
    expect(json.status).toBe(200);
    expect(await json.text()).toContain("prisme-status");
  });
});
