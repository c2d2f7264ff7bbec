import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compose } from "./compose";
import { subgraphs } from "./subgraphs";

describe("schema/ snapshots", () => {
  it("match what the code composes (run `npm run compose` after a schema change)", async () => {
    const { files } = await compose();
    expect(Object.keys(files).sort()).toEqual([...subgraphs.map((s) => s.sdl), "supergraph.graphql", "api.graphql"].sort());
    for (const [name, content] of Object.entries(files)) {
      const committed = readFileSync(join(__dirname, "..", name), "utf8");
      expect({ name, content: committed }).toEqual({ name, content });
    }
  });
});

describe("a partner's subgraph", () => {
  const partner = (typeDefs: string) => ({ name: "mission-locale", url: "http://127.0.0.1:4100/", sdl: "mission-locale.graphql", typeDefs });
  const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])`;

  it("composes when it extends a shared entity by its key", async () => {
    const { files } = await compose([
      ...subgraphs,
      partner(`${link}
        type Metier @key(fields: "id") { id: ID! accompagnementsJeunes: [String!]! }`),
    ]);
    expect(files["supergraph.graphql"]).toContain('join__graph(name: "mission-locale", url: "http://127.0.0.1:4100/")');
    expect(files["supergraph.graphql"]).toMatch(/accompagnementsJeunes: \[String!\]! @join__field\(graph: MISSION_LOCALE\)/);
  });

  it("is refused with the composition errors when it clashes with ours", async () => {
    await expect(
      compose([...subgraphs, partner(`${link}\n type Metier @key(fields: "id") { id: ID! libelle: Int }`)]),
    ).rejects.toThrow(/Composition failed:[\s\S]*libelle/);
  });
});
