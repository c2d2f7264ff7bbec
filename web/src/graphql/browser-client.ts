"use client";
import { cacheExchange, Client, fetchExchange } from "@urql/core";

/**
 * The browser's client (search suggestions, the commune picker): it talks to the site's own
 * /api/graphql, which forwards to the gateway, so the browser needs no CORS and no gateway URL.
 */
export const browserClient = new Client({
  url: "/api/graphql",
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
