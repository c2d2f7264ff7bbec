import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

/** The request id the gateway forwards (x-request-id), kept in each subgraph's context for its logs. */
export interface RequestIdContext {
  requestId?: string;
}

/**
 * Logs, as one JSON line on stderr, every operation that ends with errors, with the gateway's
 * request id, so that a failure seen at the gateway can be followed into the subgraph.
 */
export function requestLogPlugin(service: string): ApolloServerPlugin<BaseContext & RequestIdContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = Date.now();
      return {
        async didEncounterErrors({ errors }) {
          const line = {
            level: "warn",
            time: new Date().toISOString(),
            service,
            requestId: contextValue.requestId ?? null,
            operationName: request.operationName ?? null,
            ms: Date.now() - started,
            errors: errors.map((error) => ({ message: error.message, code: error.extensions?.code ?? null, path: error.path ?? null })),
          };
          process.stderr.write(`${JSON.stringify(line)}\n`);
        },
      };
    },
  };
}
