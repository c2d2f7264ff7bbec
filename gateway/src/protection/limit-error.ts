import { GraphQLError } from "graphql";

/** A request refused by one of the gateway's limits: HTTP 400 (or the given status), a code, and the limit's setting. */
export function limitError(message: string, code: string, setting: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, setting, http: { status } } });
}
