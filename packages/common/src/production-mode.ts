/**
 * Imported first by each subgraph's server (before graphql is loaded): unless NODE_ENV says
 * otherwise, graphql-js runs without its development checks. In development mode every type test
 * of its executor (isObjectType, isListType… on each field of each record) inspects the value's
 * class name to warn about two copies of graphql: 10 % of the time of a page of 20 offers. A
 * subgraph has nothing else that depends on NODE_ENV (its introspection is always on: the gateway
 * composes from it); the gateway keeps its own reading of NODE_ENV (README, Configuration).
 */
process.env.NODE_ENV ??= "production";

export {};
