import { registerEnumType } from "type-graphql";

export enum StatutFormation {
  SCOLAIRE = "SCOLAIRE",
  APPRENTISSAGE = "APPRENTISSAGE",
}

/** Where an offer was read: Affelnet (after 3e), Parcoursup (after the bac), or the demonstration set. */
export enum SourceOffre {
  AFFELNET = "AFFELNET",
  PARCOURSUP = "PARCOURSUP",
  DEMO = "DEMO",
}

registerEnumType(StatutFormation, { name: "StatutFormation", description: "Under school status or as an apprentice." });
registerEnumType(SourceOffre, { name: "SourceOffre", description: "The admission platform an offer comes from." });
