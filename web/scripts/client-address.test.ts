import type { IncomingMessage } from "node:http";
import { clientAddress } from "./client-address";

const request = (remoteAddress: string, forwardedFor?: string) => ({ socket: { remoteAddress }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

describe("the visitor's address the site forwards to the gateway", () => {
  it("is the socket's, whatever the visitor claims, unless a reverse proxy in front is trusted", () => {
    expect(clientAddress(request("::ffff:203.0.113.7", "198.51.100.1"), false)).toBe("203.0.113.7");
    expect(clientAddress(request("10.0.0.2", "198.51.100.1, 10.0.0.1"), true)).toBe("198.51.100.1");
    expect(clientAddress(request("10.0.0.2"), true)).toBe("10.0.0.2");
  });
});
