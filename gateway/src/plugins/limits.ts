import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@prisme/common";
import { limitError } from "../protection/limit-error";
import { measureOperation } from "../protection/query-shape";

export interface LimitSettings {
  MAX_DEPTH: number;
  MAX_ALIASES: number;
  MAX_COST: number;
}

/**
 * Refuses an operation that is too deep, has too many aliases, asks for a page larger than
 * the graph serves, or whose estimated cost is too high, before any subgraph is called.
 * It runs once the operation is known (so variables such as $first count), and after the
 * token limit has already bounded the size of the document.
 */
export function limitsPlugin(settings: LimitSettings): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          const shape = measureOperation(schema, operation, fragments, request.variables ?? {}, { defaultPageSize: DEFAULT_PAGE_SIZE });
          if (shape.depth > settings.MAX_DEPTH) {
            throw limitError(`The query is ${shape.depth} levels deep; the limit is ${settings.MAX_DEPTH} (MAX_DEPTH).`, "QUERY_TOO_DEEP", "MAX_DEPTH");
          }
          if (shape.aliases > settings.MAX_ALIASES) {
            throw limitError(`The query uses ${shape.aliases} aliases; the limit is ${settings.MAX_ALIASES} (MAX_ALIASES).`, "TOO_MANY_ALIASES", "MAX_ALIASES");
          }
          if (shape.largestPage > MAX_PAGE_SIZE) {
            throw limitError(`"first" asks for ${shape.largestPage} items; a page holds at most ${MAX_PAGE_SIZE}: follow pageInfo.endCursor with "after" for more.`, "PAGE_TOO_LARGE", "MAX_PAGE_SIZE");
          }
          if (shape.cost > settings.MAX_COST) {
            throw limitError(
              `The query's estimated cost is ${Math.round(shape.cost)}; the limit is ${settings.MAX_COST} (MAX_COST). Ask for smaller pages ("first") or fewer nested lists.`,
              "QUERY_TOO_COSTLY",
              "MAX_COST",
            );
          }
        },
      };
    },
  };
}
