// Compiled execution must answer exactly what graphql-js answers: data, errors (message, path,
// code), null propagation, variables, aliases, operation names, the request's context.
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { GraphQLError } from "graphql";
import gql from "graphql-tag";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { compiledExecution } from "./compiled-execution";

// Counts compilations: an operation is compiled once, then run compiled.
jest.mock("graphql-jit", () => {
  const actual = jest.requireActual<typeof import("graphql-jit")>("graphql-jit");
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

interface Context {
  viewer: string;
}

const schema = buildSubgraphSchema([
  {
    typeDefs: gql`
      type Query {
        offres(premiers: Int = 2, motCle: String): [Offre!]
        offre(id: ID!): Offre
        viewer: String
      }
      type Offre @key(fields: "id") {
        id: ID!
        intitule: String!
        sessions: [Session!]!
        refusee: String!
      }
      type Session {
        debut: String
        places: Int!
      }
    `,
    resolvers: {
      Query: {
        offres: (_: unknown, { premiers, motCle }: { premiers: number; motCle?: string }) =>
          Array.from({ length: premiers }, (_, i) => ({ id: `O${i + 1}`, intitule: `${motCle ?? "Offre"} ${i + 1}` })),
        offre: (_: unknown, { id }: { id: string }) => (id === "absente" ? null : { id, intitule: `Offre ${id}` }),
        viewer: (_: unknown, __: unknown, context: Context) => context.viewer,
      },
      Offre: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id, intitule: `Offre ${reference.id}` }),
        sessions: (offre: { id: string }) => [
          { debut: "2027-01-04", places: 12 },
          { debut: null, places: offre.id === "O2" ? null : 3 },
        ],
        refusee: () => {
          throw new GraphQLError("Cette offre n'est pas publiée.", { extensions: { code: "FORBIDDEN" } });
        },
      },
    },
  },
]);

// The same schema served as before: executed by graphql-js.
const server = new ApolloServer<Context>({ gateway: compiledExecution(schema) });
const reference = new ApolloServer<Context>({ schema });
beforeAll(() => Promise.all([server.start(), reference.start()]));
afterAll(() => Promise.all([server.stop(), reference.stop()]));

type Answer = { data?: unknown; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] };

/** What a server answers, as JSON (errors: message, path, code). */
async function answer(apollo: ApolloServer<Context>, query: string, variables?: Record<string, unknown>, operationName?: string) {
  const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: { viewer: "conseillère" } });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = response.body.singleResult as Answer;
  return JSON.parse(JSON.stringify({ data, errors: errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) })) as unknown;
}

/** What the compiled executor answers, and what graphql-js answers. */
async function both(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return { compiled: await answer(server, query, variables, operationName), graphqlJs: await answer(reference, query, variables, operationName) };
}

describe("compiled execution of a subgraph's operations", () => {
  it("answers lists, arguments, defaults, variables and aliases as graphql-js does, every time", async () => {
    const query = `query Liste($n: Int, $mot: String) { deux: offres { id intitule } offres(premiers: $n, motCle: $mot) { __typename id intitule sessions { debut } } viewer }`;
    const compile = jest.mocked(compileQuery);
    compile.mockClear();
    for (let i = 0; i < 3; i += 1) {
      const { compiled, graphqlJs } = await both(query, { n: 3, mot: "Soudure" });
      expect(compiled).toEqual(graphqlJs);
      expect(compiled).toMatchObject({ data: { deux: [{ id: "O1" }, { id: "O2" }], viewer: "conseillère" } });
      expect((compiled as { data: { offres: { intitule: string }[] } }).data.offres.map((o) => o.intitule)).toEqual(["Soudure 1", "Soudure 2", "Soudure 3"]);
    }
    expect(compile).toHaveBeenCalledTimes(1);
    expect(isCompiledQuery(compile.mock.results[0]!.value as ReturnType<typeof compileQuery>)).toBe(true);
  });

  it("reports resolver errors with their path and code, and nulls what they make null", async () => {
    const { compiled, graphqlJs } = await both(`{ offre(id: "O2") { id refusee } offres { id sessions { places } } }`);
    expect(compiled).toEqual(graphqlJs);
    expect(compiled).toMatchObject({
      data: { offre: null, offres: null },
      errors: [
        { message: "Cette offre n'est pas publiée.", path: ["offre", "refusee"], code: "FORBIDDEN" },
        { message: "Cannot return null for non-nullable field Session.places.", path: ["offres", 1, "sessions", 1, "places"], code: "INTERNAL_SERVER_ERROR" },
      ],
    });
  });

  it("runs the operation the request names, and refuses a variable of the wrong type", async () => {
    const document = `query Une { offre(id: "absente") { id } } query Autre($id: ID!) { offre(id: $id) { id intitule } }`;
    const named = await both(document, { id: "X9" }, "Autre");
    expect(named.compiled).toEqual(named.graphqlJs);
    expect(named.compiled).toEqual({ data: { offre: { id: "X9", intitule: "Offre X9" } } });
    // Omitted variables take their defaults, non-null ones too (the web's event page sends such a query).
    const defaults = await both(`query($a: ID! = "A1", $b: ID! = "", $avecB: Boolean = false, $n: Int = 1) { a: offre(id: $a) { id } b: offre(id: $b) @include(if: $avecB) { id } offres(premiers: $n) { id } }`, { avecB: false });
    expect(defaults.compiled).toEqual(defaults.graphqlJs);
    expect(defaults.compiled).toEqual({ data: { a: { id: "A1" }, offres: [{ id: "O1" }] } });
    const wrong = await both(`query($n: Int) { offres(premiers: $n) { id } }`, { n: "trois" });
    expect(wrong.compiled).toEqual(wrong.graphqlJs);
    expect(wrong.compiled).toMatchObject({ errors: [{ message: expect.stringMatching(/^Variable "\$n" got invalid value "trois"/), code: "BAD_USER_INPUT" }] });
  });

  it("answers the gateway's entity and service queries", async () => {
    const { compiled, graphqlJs } = await both(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Offre { id intitule } } _service { sdl } }`, {
      r: [{ __typename: "Offre", id: "E1" }],
    });
    expect(compiled).toEqual(graphqlJs);
    expect(compiled).toMatchObject({ data: { _entities: [{ id: "E1", intitule: "Offre E1" }] } });
  });
});
