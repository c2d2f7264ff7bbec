import { registerEnumType } from "type-graphql";

export enum TypeEvenement {
  SALON = "SALON",
  FORUM = "FORUM",
  JOURNEE_PORTES_OUVERTES = "JOURNEE_PORTES_OUVERTES",
  ATELIER = "ATELIER",
  WEBINAIRE = "WEBINAIRE",
  AUTRE = "AUTRE",
}

/** What a front end shows for each kind of event (facet labels). */
export const LIBELLES_TYPE_EVENEMENT: Record<TypeEvenement, string> = {
  SALON: "Salon",
  FORUM: "Forum",
  JOURNEE_PORTES_OUVERTES: "Journée portes ouvertes",
  ATELIER: "Atelier",
  WEBINAIRE: "Webinaire",
  AUTRE: "Autre événement",
};

registerEnumType(TypeEvenement, {
  name: "TypeEvenement",
  description: "Le genre d'un événement d'orientation.",
  valuesConfig: {
    SALON: { description: "Salon : de nombreux exposants (écoles, branches, employeurs), sur un ou plusieurs jours." },
    FORUM: { description: "Forum des métiers ou des formations : rencontres avec des professionnels ou des écoles." },
    JOURNEE_PORTES_OUVERTES: { description: "Journée portes ouvertes d'un établissement ou d'une structure." },
    ATELIER: { description: "Atelier en petit groupe (découverte des métiers, CV, entretien…)." },
    WEBINAIRE: { description: "Webinaire : en ligne, sans lieu (url dit où le suivre)." },
    AUTRE: { description: "Autre événement." },
  },
});
