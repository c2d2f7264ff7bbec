import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compose } from "./compose";

describe("schema/ snapshots", () => {
  it("match what the code composes (run `npm run compose` after a schema change)", async () => {
    const { files } = await compose();
    expect(Object.keys(files).sort()).toEqual(["carif-oref.graphql", "onisep.graphql", "rectorat.graphql", "region.graphql", "supergraph.graphql"]);
    for (const [name, content] of Object.entries(files)) {
      const committed = readFileSync(join(__dirname, "..", name), "utf8");
      expect({ name, content: committed }).toEqual({ name, content });
    }
  });
});
