import type { ApolloServerPlugin } from "@apollo/server";
import { getOperationAST } from "graphql";
import type { GatewayMetrics } from "../observability/metrics";
import type { GatewayContext } from "../context";

/** Counts operations and their errors, and times them, by operation name. */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, document, response, errors }) {
          // A refused document has no resolved operation yet: its name is still worth counting.
          const name = operationName ?? request.operationName ?? (document ? getOperationAST(document)?.name?.value : undefined);
          const operation = metrics.operationLabel(name);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.operationDuration.observe({ operation }, seconds);
          const failed = (errors?.length ?? 0) > 0 || (response.body.kind === "single" && (response.body.singleResult.errors?.length ?? 0) > 0);
          metrics.operationsTotal.inc({ operation, outcome: failed ? "error" : "ok" });
          for (const error of errors ?? []) {
            metrics.operationErrors.inc({ operation, code: String(error.extensions.code ?? "INTERNAL_SERVER_ERROR") });
          }
        },
      };
    },
  };
}
