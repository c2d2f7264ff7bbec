import { buildSubgraphSchema } from "@apollo/subgraph";
import { GraphQLError } from "graphql";
import gql from "graphql-tag";
import { startSubgraph, type RunningSubgraph } from "./subgraph-server";

let subgraph: RunningSubgraph;
beforeAll(async () => {
  const schema = buildSubgraphSchema([
    {
      typeDefs: gql`
        type Query {
          ok: String
          broken: String
        }
      `,
      resolvers: {
        Query: {
          ok: () => "ok",
          broken: () => {
            throw new GraphQLError("the broken field failed", { extensions: { code: "BROKEN" } });
          },
        },
      },
    },
  ]);
  subgraph = await startSubgraph({ name: "essai", schema, port: 0, context: () => ({}) });
});
afterAll(() => subgraph.stop());

async function post(query: string, requestId: string) {
  await fetch(subgraph.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": requestId },
    body: JSON.stringify({ query, operationName: "Essai" }),
  });
}

describe("subgraph logs", () => {
  it("carry the gateway's request id on an operation that failed, and stay quiet otherwise", async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await post("query Essai { ok }", "req-ok-1");
      await post("query Essai { broken }", "req-broken-2");
    } finally {
      spy.mockRestore();
    }
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        service: "essai",
        requestId: "req-broken-2",
        operationName: "Essai",
        errors: [{ message: "the broken field failed", code: "BROKEN", path: ["broken"] }],
      }),
    ]);
  });
});
