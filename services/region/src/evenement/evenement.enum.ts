import { registerEnumType } from "type-graphql";

export enum TypeEvenement {
  SALON = "SALON",
  FORUM = "FORUM",
  JOURNEE_PORTES_OUVERTES = "JOURNEE_PORTES_OUVERTES",
  ATELIER = "ATELIER",
  WEBINAIRE = "WEBINAIRE",
  AUTRE = "AUTRE",
}

registerEnumType(TypeEvenement, { name: "TypeEvenement", description: "Kind of orientation event." });
