// Every setting is validated at start: a bad value stops the gateway with a message naming it.
import { gatewayConfig } from "./config";

describe("gateway settings", () => {
  it("default to production values: introspection, suggestions and the landing page off, limits on", () => {
    const config = gatewayConfig({ NODE_ENV: "production" });
    expect(config).toMatchObject({
      INTROSPECTION: false,
      FIELD_SUGGESTIONS: false,
      LANDING_PAGE: false,
      MAX_DEPTH: 12,
      MAX_ALIASES: 30,
      MAX_TOKENS: 5_000,
      MAX_COST: 50_000,
      MAX_BODY_BYTES: 100_000,
      APQ: true,
      RATE_LIMIT_POINTS: 300,
      CORS_ORIGINS: [],
    });
    expect(gatewayConfig({ NODE_ENV: "development" }).INTROSPECTION).toBe(true);
  });

  it("names each bad value", () => {
    expect(() => gatewayConfig({ MAX_DEPTH: "deep" })).toThrow("MAX_DEPTH: expected a whole number from 1 to 100");
    expect(() => gatewayConfig({ MAX_COST: "0" })).toThrow("MAX_COST: expected at least 1");
    expect(() => gatewayConfig({ INTROSPECTION: "yes" })).toThrow('INTROSPECTION: expected "true" or "false"');
    expect(() => gatewayConfig({ CORS_ORIGINS: "prisme.fr" })).toThrow(/CORS_ORIGINS: expected "\*" or a comma-separated list of origins/);
    expect(() => gatewayConfig({ SAFELIST_PATH: "/nowhere/manifest.json" })).toThrow("SAFELIST_PATH: no file at /nowhere/manifest.json");
  });

  it("trusts X-Forwarded-For from everyone, no one, or the proxies listed", () => {
    expect(gatewayConfig({}).TRUST_PROXY).toBe(false);
    expect(gatewayConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(gatewayConfig({ TRUST_PROXY: "127.0.0.1, ::1" }).TRUST_PROXY).toEqual(["127.0.0.1", "::1"]);
    expect(() => gatewayConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY: expected "true", "false" or a comma-separated list of proxy IP addresses/);
  });

  it("reads a list of CORS origins", () => {
    expect(gatewayConfig({ CORS_ORIGINS: "https://a.example, https://b.example:8443" }).CORS_ORIGINS).toEqual(["https://a.example", "https://b.example:8443"]);
  });
});
