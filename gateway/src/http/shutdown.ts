import type { Server } from "node:http";
import type { Socket } from "node:net";

/**
 * Keeps count of the requests in flight so shutdown can wait for them: the server stops
 * accepting connections, idle keep-alive connections close at once, busy ones when their
 * request ends, and whatever is left is cut after the grace period.
 */
export function trackConnections(server: Server): { drain(graceMs: number): Promise<void> } {
  const busy = new Map<Socket, number>();
  let closing = false;
  server.on("request", (req, res) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    res.once("close", () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
      if (closing && left <= 0) socket.end();
    });
    if (closing) res.setHeader("connection", "close");
  });
  return {
    drain: (graceMs) =>
      new Promise<void>((resolve) => {
        closing = true;
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
