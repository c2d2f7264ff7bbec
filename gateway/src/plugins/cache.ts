import type { ApolloServerPlugin } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { GatewayContext } from "../context";

const anonymous = (context: GatewayContext) => !context.authorization;

/**
 * Public data is cacheable: an anonymous query is given a public max-age (subgraphs may only
 * lower it, through their own Cache-Control headers); a request with credentials is private and
 * never cached.
 */
export function cacheHintsPlugin(maxAge: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ overallCachePolicy, contextValue }) {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "query" && anonymous(contextValue)) overallCachePolicy.restrict({ maxAge, scope: "PUBLIC" });
          else overallCachePolicy.restrict({ maxAge: 0, scope: "PRIVATE" });
        },
        async executionDidStart() {
          return {
            async executionDidEnd() {
              if (contextValue.privateData) overallCachePolicy.restrict({ maxAge: 0, scope: "PRIVATE" });
            },
          };
        },
      };
    },
  };
}

/** The whole-response cache, for anonymous requests only. */
export function responseCache(): ApolloServerPlugin<GatewayContext> {
  return responseCachePlugin<GatewayContext>({
    sessionId: async () => null,
    shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
    shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue),
  });
}
