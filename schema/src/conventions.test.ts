import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apiSchema, descriptionProblems } from "./conventions";

describe("the graph's conventions (schema/supergraph.graphql)", () => {
  const schema = apiSchema(readFileSync(join(__dirname, "..", "supergraph.graphql"), "utf8"));

  it("describes every type, field, argument, input field and enum value, in French", () => {
    expect(descriptionProblems(schema)).toEqual([]);
  });
});
