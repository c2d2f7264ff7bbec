import { isNonNullType, isObjectType, type GraphQLObjectType } from "graphql";
import { buildRegionSchema } from "../schema";

// Other subgraphs (rectorat, carif-oref, partners) point at a commune, a département or a région by
// its INSEE code; a code this subgraph does not hold resolves to nothing, and the gateway then leaves
// every field of it null. A non-null field would turn that into an error that voids the record
// around it (an établissement, an offer): only the key may be non-null.
describe("region subgraph: the territory's entities can be referenced by a code it does not hold", () => {
  it.each(["Commune", "Departement", "Region"])("%s has no non-null field but its key", async (name) => {
    const type = (await buildRegionSchema()).getType(name) as GraphQLObjectType;
    expect(isObjectType(type)).toBe(true);
    const nonNull = Object.values(type.getFields()).filter((field) => field.name !== "code" && isNonNullType(field.type));
    expect(nonNull.map((field) => field.name)).toEqual([]);
  });
});
