// Métiers and the training offers that lead to them:
// - onisep owns Metier and its ROME codes;
// - offres adds Metier.offres, computed from the ROME codes it declares @external and @requires,
//   and lists recent offers whose organisme's name it @provides (it stores that name itself);
// - organismes owns Organisme (name and town).
import gql from "graphql-tag";
import type { ScenarioSubgraph } from "../harness";

const OFFRES = [
  { id: "OF.1", intitule: "Titre pro développeur web", rome: "M1805", siret: "11111111100011", nomOrganisme: "AFPA Clermont" },
  { id: "OF.2", intitule: "Infirmier en bloc", rome: "J1506", siret: "22222222200022", nomOrganisme: "IFSI Vichy" },
];
const ORGANISMES = [
  { siret: "11111111100011", nom: "AFPA Clermont", ville: "Clermont-Ferrand" },
  { siret: "22222222200022", nom: "IFSI Vichy", ville: "Vichy" },
];

export const onisep: ScenarioSubgraph = {
  name: "onisep",
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { metier(id: ID!): Metier }
    type Metier @key(fields: "id") { id: ID! libelle: String! codesRome: [String!]! }
  `,
  resolvers: {
    Query: { metier: (_: unknown, { id }: { id: string }) => ({ id, libelle: "développeur", codesRome: ["M1805"] }) },
    Metier: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, libelle: "développeur", codesRome: ["M1805"] }) },
  },
};

export const offres: ScenarioSubgraph = {
  name: "offres",
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides"])
    type Query { offresRecentes: [Offre!]! }
    type Metier @key(fields: "id") {
      id: ID!
      codesRome: [String!]! @external
      offres: [Offre!]! @requires(fields: "codesRome")
    }
    type Offre { id: ID! intitule: String! organisme: Organisme! @provides(fields: "nom") }
    type Organisme @key(fields: "siret") { siret: ID! nom: String! @external }
  `,
  resolvers: {
    Query: { offresRecentes: () => OFFRES },
    Metier: {
      // the gateway fetched codesRome from onisep and sent it with the reference
      offres: (metier: { codesRome?: string[] }) => OFFRES.filter((o) => metier.codesRome?.includes(o.rome)),
    },
    Offre: { organisme: (o: (typeof OFFRES)[number]) => ({ siret: o.siret, nom: o.nomOrganisme }) },
  },
};

export const organismes: ScenarioSubgraph = {
  name: "organismes",
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
    type Organisme @key(fields: "siret") { siret: ID! nom: String! @shareable ville: String! }
  `,
  resolvers: { Organisme: { __resolveReference: (ref: { siret: string }) => ORGANISMES.find((o) => o.siret === ref.siret) } },
};
