// Orientation resources of several kinds behind one interface:
// - medias owns the Ressource interface as an entity (@key on the interface), with Video and Fiche;
// - avis adds a rating to every Ressource without knowing its kinds (@interfaceObject), and lists
//   its best-rated resources as bare references, which the gateway completes from medias.
import gql from "graphql-tag";
import type { ScenarioSubgraph } from "../harness";

const RESSOURCES = [
  { id: "R1", titre: "Le métier de boulanger", __typename: "Video", duree: 180 },
  { id: "R2", titre: "Fiche infirmier", __typename: "Fiche", pages: 4 },
  { id: "R3", titre: "Dans un atelier de menuiserie", __typename: "Video", duree: 240 },
];

export const medias: ScenarioSubgraph = {
  name: "medias",
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { ressources: [Ressource!]! }
    interface Ressource @key(fields: "id") { id: ID! titre: String! }
    type Video implements Ressource @key(fields: "id") { id: ID! titre: String! duree: Int! }
    type Fiche implements Ressource @key(fields: "id") { id: ID! titre: String! pages: Int! }
  `,
  resolvers: {
    Query: { ressources: () => RESSOURCES },
    Ressource: {
      __resolveReference: (ref: { id: string }) => RESSOURCES.find((r) => r.id === ref.id),
      __resolveType: (r: { __typename: string }) => r.__typename,
    },
    Video: { __resolveReference: (ref: { id: string }) => RESSOURCES.find((r) => r.id === ref.id) },
    Fiche: { __resolveReference: (ref: { id: string }) => RESSOURCES.find((r) => r.id === ref.id) },
  },
};

export const avis: ScenarioSubgraph = {
  name: "avis",
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
    type Query { mieuxNotees: [Ressource!]! }
    type Ressource @key(fields: "id") @interfaceObject { id: ID! note: Float! }
  `,
  resolvers: {
    Query: { mieuxNotees: () => [{ id: "R3" }, { id: "R1" }] },
    Ressource: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, note: ref.id === "R2" ? 3.5 : 4.5 }), note: (r: { id: string }) => (r.id === "R2" ? 3.5 : 4.5) },
  },
};
