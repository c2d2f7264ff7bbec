import type { IncomingMessage } from "node:http";
import { clientKey } from "./rate-limit";

const request = (remoteAddress: string, forwardedFor?: string) => ({ socket: { remoteAddress }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

describe("the client a request counts against", () => {
  it("is the peer, unless X-Forwarded-For is to be believed", () => {
    expect(clientKey(request("203.0.113.7", "198.51.100.1"), false)).toBe("203.0.113.7");
    expect(clientKey(request("203.0.113.7", "198.51.100.1, 10.0.0.1"), true)).toBe("198.51.100.1");
  });

  it("is the forwarded visitor only when the request comes from a trusted proxy (the web server beside the gateway)", () => {
    const trusted = ["127.0.0.1", "::1"];
    expect(clientKey(request("::ffff:127.0.0.1", "198.51.100.1"), trusted)).toBe("198.51.100.1");
    expect(clientKey(request("::1", "198.51.100.2"), trusted)).toBe("198.51.100.2");
    // Anyone else naming their own key is not believed.
    expect(clientKey(request("203.0.113.7", "198.51.100.1"), trusted)).toBe("203.0.113.7");
    expect(clientKey(request("127.0.0.1"), trusted)).toBe("127.0.0.1");
  });
});
