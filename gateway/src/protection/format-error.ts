import type { GraphQLFormattedError } from "graphql";

const TOKEN_LIMIT = /Document contains more th\w+ \d+ tokens/;

/** Gives graphql-js's token limit error a message and code that name the gateway setting. */
export function formatGatewayError(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  if (TOKEN_LIMIT.test(formatted.message)) {
    return {
      message: `The query has more than ${maxTokens} tokens; the limit is ${maxTokens} (MAX_TOKENS).`,
      extensions: { code: "TOO_MANY_TOKENS", setting: "MAX_TOKENS" },
    };
  }
  return formatted;
}
