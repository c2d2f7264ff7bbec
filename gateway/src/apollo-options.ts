import type { ApolloServerOptionsWithGateway, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { GatewayConfig } from "./config";
import type { GatewayContext } from "./context";
import type { GatewayMetrics } from "./observability/metrics";
import { cacheHintsPlugin, responseCache } from "./plugins/cache";
import { limitsPlugin } from "./plugins/limits";
import { loggingPlugin } from "./plugins/logging";
import { metricsPlugin } from "./plugins/metrics";
import { operationResolutionPlugin } from "./plugins/operation-resolution";
import { formatGatewayError } from "./protection/format-error";
import { safelistCache, type Safelist } from "./protection/safelist";

/** Apollo Server's options for the gateway, from its settings: protections first, then observability and caching. */
export function apolloOptions(config: GatewayConfig, metrics: GatewayMetrics, safelist?: Safelist): Omit<ApolloServerOptionsWithGateway<GatewayContext>, "gateway"> {
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginInlineTraceDisabled(),
    config.LANDING_PAGE ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    operationResolutionPlugin(),
    limitsPlugin(config),
    metricsPlugin(metrics),
    loggingPlugin(),
  ];
  if (config.RESPONSE_CACHE_TTL_S > 0) plugins.push(cacheHintsPlugin(config.RESPONSE_CACHE_TTL_S), responseCache());
  return {
    introspection: config.INTROSPECTION,
    // Without suggestions, "Did you mean …?" no longer reveals field names when introspection is off.
    hideSchemaDetailsFromClientErrors: !config.FIELD_SUGGESTIONS,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // The token limit bounds the work of parsing and of every later step.
    parseOptions: { maxTokens: config.MAX_TOKENS },
    persistedQueries: safelist ? { cache: safelistCache(safelist) } : config.APQ ? {} : false,
    formatError: (formatted) => formatGatewayError(formatted, config.MAX_TOKENS),
    plugins,
  };
}
