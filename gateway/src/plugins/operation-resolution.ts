import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Kind } from "graphql";
import { limitError } from "../protection/limit-error";

/**
 * Refuses with 400 a request whose operation cannot be chosen (an operationName that is not in
 * the document, or several operations and no name). Apollo Server leaves that to the executor,
 * and the gateway's executor throws: the client got a 500 for its own mistake.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? "(anonymous)"] : []));
          const list = names.slice(0, 10).join(", ");
          const message = request.operationName
            ? `operationName "${request.operationName.slice(0, 60)}" names no operation of the document (${list}).`
            : `The document holds several operations (${list}): give operationName to choose one.`;
          throw limitError(message, "OPERATION_RESOLUTION_FAILURE", "operationName");
        },
      };
    },
  };
}
