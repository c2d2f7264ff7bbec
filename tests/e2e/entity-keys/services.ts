// Three subgraphs that join one établissement by different keys:
// - annuaire owns Etablissement with two keys (uai, and siret) and points to a Taux by a composite key (uai annee);
// - formations knows an établissement only by its SIRET (a single-field key on Formation, a reference by siret);
// - insertion extends Etablissement by uai, and owns Taux keyed by both uai and annee.
import gql from "graphql-tag";
import type { ScenarioSubgraph } from "../harness";

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;
const ETABLISSEMENTS = [
  { uai: "0630001A", siret: "19630001200017", nom: "Lycée Blaise Pascal" },
  { uai: "0030044K", siret: "19030044900012", nom: "Lycée Banville" },
];

export const annuaire: ScenarioSubgraph = {
  name: "annuaire",
  typeDefs: gql`
    ${LINK}
    type Query { etablissements: [Etablissement!]! }
    type Etablissement @key(fields: "uai") @key(fields: "siret") {
      uai: ID!
      siret: ID!
      nom: String!
      dernierTaux: Taux
    }
    type Taux @key(fields: "uai annee", resolvable: false) { uai: ID! annee: Int! }
  `,
  resolvers: {
    Query: { etablissements: () => ETABLISSEMENTS },
    Etablissement: {
      __resolveReference: (ref: { uai?: string; siret?: string }) => ETABLISSEMENTS.find((e) => (ref.uai ? e.uai === ref.uai : e.siret === ref.siret)),
      dernierTaux: (e: { uai: string }) => ({ uai: e.uai, annee: 2024 }),
    },
  },
};

export const formations: ScenarioSubgraph = {
  name: "formations",
  typeDefs: gql`
    ${LINK}
    type Query { formations: [Formation!]! }
    type Formation @key(fields: "id") { id: ID! libelle: String! lieu: Etablissement! }
    type Etablissement @key(fields: "siret", resolvable: false) { siret: ID! }
  `,
  resolvers: {
    Query: { formations: () => [{ id: "FOR.1", libelle: "BTS SIO", siret: "19630001200017" }] },
    Formation: { lieu: (f: { siret: string }) => ({ siret: f.siret }) },
  },
};

export const insertion: ScenarioSubgraph = {
  name: "insertion",
  typeDefs: gql`
    ${LINK}
    type Etablissement @key(fields: "uai") { uai: ID! tauxEmploi: Float! }
    type Taux @key(fields: "uai annee") { uai: ID! annee: Int! valeur: Float! }
  `,
  resolvers: {
    Etablissement: { __resolveReference: (ref: { uai: string }) => ({ uai: ref.uai, tauxEmploi: ref.uai === "0630001A" ? 0.81 : 0.64 }) },
    Taux: { __resolveReference: (ref: { uai: string; annee: number }) => ({ ...ref, valeur: ref.annee === 2024 && ref.uai === "0030044K" ? 0.7 : 0.9 }) },
  },
};
