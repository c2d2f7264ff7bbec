import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../context";

/** Logs each operation's errors with the request id; subgraph failures as warnings, client mistakes at debug level. */
export function loggingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions.code ?? "INTERNAL_SERVER_ERROR");
            const entry = { operation: operationName, code, serviceName: error.extensions.serviceName, err: error.message };
            if (code === "SUBGRAPH_UNAVAILABLE" || code === "INTERNAL_SERVER_ERROR") contextValue.log.warn(entry, "operation error");
            else contextValue.log.debug(entry, "operation refused");
          }
        },
      };
    },
  };
}
