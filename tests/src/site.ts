import type { Browser } from "playwright-core";
import { graphql } from "@prisme/testing";
import { launchBrowser } from "./browser";
import { startCountingProxy, type CountingProxy } from "./counting-proxy";
import { startTestPlatform, type TestPlatform } from "./platform";
import { startWeb, type RunningWeb } from "./web";

export interface TestSite {
  platform: TestPlatform;
  /** What the web server asked of the gateway (operation names). */
  proxy: CountingProxy;
  web: RunningWeb;
  browser: Browser;
  dispose(): Promise<void>;
}

/** The whole platform with the demonstration data, the built site in front of it, and a browser. */
export async function startTestSite(): Promise<TestSite> {
  const platform = await startTestPlatform();
  const proxy = await startCountingProxy(platform.gatewayUrl);
  const web = await startWeb(proxy.url);
  const browser = await launchBrowser();
  return {
    platform,
    proxy,
    web,
    browser,
    dispose: async () => {
      await browser.close();
      await web.stop();
      await proxy.close();
      await platform.dispose();
    },
  };
}

/** Creates an event through the gateway as an administrator (the région subgraph reads PRISME_ADMIN_TOKEN). */
export async function createEvent(platform: TestPlatform, token: string, evenement: Record<string, unknown>): Promise<string> {
  const { body } = await graphql<{ creerEvenement: { id: string } }>(
    platform.gatewayUrl,
    `mutation($e: EvenementInput!) { creerEvenement(evenement: $e) { id } }`,
    { e: evenement },
    { authorization: `Bearer ${token}` },
  );
  if (!body.data) throw new Error(`creerEvenement failed: ${JSON.stringify(body.errors)}`);
  return body.data.creerEvenement.id;
}
