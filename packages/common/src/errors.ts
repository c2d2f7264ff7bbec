import { GraphQLError } from "graphql";

/** A client error (HTTP 400 semantics): the message says what was wrong and what is expected. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
}

/** Checks an identifier against its pattern; throws a BAD_USER_INPUT error that shows the expected form. */
export function assertIdentifier(value: string, pattern: RegExp, what: string, example: string, argument: string): string {
  const trimmed = value.trim();
  if (!pattern.test(trimmed)) {
    throw badUserInput(`"${value}" is not a valid ${what}: expected something like ${example}.`, argument);
  }
  return trimmed;
}
