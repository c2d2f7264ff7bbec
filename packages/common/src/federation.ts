import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives, type IResolvers } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";

/** The Federation 2 spec version and directives every Prisme subgraph links. */
export const FEDERATION_LINK = `extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.7"
    import: ["@key", "@shareable", "@provides", "@requires", "@external", "@tag", "@inaccessible", "@override", "@interfaceObject"]
  )`;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql emits the SDL
 * with the @key/@requires… directives, @apollo/subgraph adds _entities and _service, and the
 * reference resolvers (__resolveReference) are merged in per entity type.
 *
 * Object types are declared with `simpleResolvers: true`: their plain fields are read by graphql-js's
 * default resolver rather than through a type-graphql wrapper that allocates two objects per field
 * for middlewares Prisme does not use (a page of 20 offers two levels deep resolves ~10,000 fields).
 * A field renamed with `@Field({ name })` must not be on such a type: the default resolver reads the
 * property of the GraphQL name.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: IResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, typeResolvers] of Object.entries(referenceResolvers)) {
    const merged: Record<string, unknown> = { ...(resolvers[typeName] ?? {}), ...(typeResolvers as Record<string, unknown>) };
    if (typeof merged.__resolveReference === "function") merged.__resolveReference = handedOver(merged.__resolveReference as ReferenceResolver);
    resolvers[typeName] = merged;
  }
  return buildSubgraphSchema([
    {
      typeDefs: gql`
        ${FEDERATION_LINK}
        ${describeRootTypes(printSchemaWithDirectives(schema))}
      `,
      resolvers: resolvers as never,
    },
  ]);
}

type ReferenceResolver = (...args: unknown[]) => unknown;

/**
 * @apollo/subgraph tags each entity a reference resolver returns with its __typename, in place. A
 * frozen entity (a document every request shares: the read model's DocumentCache) is handed over
 * as a shallow copy; any other is handed over as it is.
 */
function handedOver(resolve: ReferenceResolver): ReferenceResolver {
  const copyIfFrozen = (entity: unknown) => (entity !== null && typeof entity === "object" && Object.isFrozen(entity) ? { ...entity } : entity);
  return (...args) => {
    const entity = resolve(...args);
    return entity instanceof Promise ? entity.then(copyIfFrozen) : copyIfFrozen(entity);
  };
}

// The root types' descriptions, the same in every subgraph so that composition keeps them as they are.
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: "Les points d'entrée du graphe en lecture : une fiche par son identifiant, ou une liste paginée avec ses filtres.",
  Mutation: "Les opérations qui modifient des données (réservées aux administrateurs, sauf mention contraire).",
};

/** Adds a description to the root types of a printed schema (type-graphql gives them none). */
function describeRootTypes(sdl: string): string {
  return sdl.replace(/^type (Query|Mutation) \{/gm, (line, name: string) => `"""${ROOT_DESCRIPTIONS[name]}"""\n${line}`);
}
