// Two subgraphs that both know Metier:
// - catalogue, the historical owner: libelle (@shareable, tagged "public" for contracts), an
//   internal field hidden from the public API (@inaccessible), and an old "domaine";
// - referentiel, which took "domaine" over (@override(from: "catalogue")) and also serves the
//   shared libelle and a shared value type (@shareable).
import gql from "graphql-tag";
import type { ScenarioSubgraph } from "../harness";

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@tag", "@inaccessible", "@override"])`;

export const catalogue: ScenarioSubgraph = {
  name: "catalogue",
  typeDefs: gql`
    ${LINK}
    type Query { metier(id: ID!): Metier }
    type Metier @key(fields: "id") {
      id: ID!
      libelle: String! @shareable @tag(name: "public")
      codeInterne: String @inaccessible
      domaine: String!
      provenance: Provenance! @shareable
    }
    type Provenance @shareable { producteur: String! }
  `,
  resolvers: {
    Query: { metier: (_: unknown, { id }: { id: string }) => ({ id }) },
    Metier: {
      libelle: () => "boulanger / boulangère",
      codeInterne: () => "X-42",
      domaine: () => "ancien domaine (catalogue)",
      provenance: () => ({ producteur: "Onisep" }),
    },
  },
};

export const referentiel: ScenarioSubgraph = {
  name: "referentiel",
  typeDefs: gql`
    ${LINK}
    type Query { metiersDuDomaine: [Metier!]! }
    type Metier @key(fields: "id") {
      id: ID!
      libelle: String! @shareable
      domaine: String! @override(from: "catalogue")
      provenance: Provenance! @shareable
    }
    type Provenance @shareable { producteur: String! }
  `,
  resolvers: {
    Query: { metiersDuDomaine: () => [{ id: "MET.7" }] },
    Metier: {
      __resolveReference: (ref: { id: string }) => ref,
      libelle: () => "boulanger / boulangère",
      domaine: () => "alimentation (referentiel)",
      provenance: () => ({ producteur: "Onisep" }),
    },
  },
};
