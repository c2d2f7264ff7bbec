import type { ResultOf } from "@/graphql/graphql";
import { paragraphs } from "@/lib/html-text";
import type { OffreQuery } from "./offre.query";

type Offre = NonNullable<ResultOf<typeof OffreQuery>["offre"]>;

const modeOf: Record<string, string> = { PRESENTIEL: "Onsite", MIXTE: "Blended", A_DISTANCE: "Online" };

/** schema.org Course: the offer, its provider, credential, and one CourseInstance per session. */
export function offreJsonLd(offre: Offre, url: string): Record<string, unknown> {
  const description = paragraphs(offre.objectif).join(" ");
  const instances = offre.actions.flatMap((action) =>
    action.sessions.map((session) => {
      const lieu = action.lieux[0];
      return {
        "@type": "CourseInstance",
        ...(action.modaliteEnseignement ? { courseMode: modeOf[action.modaliteEnseignement] } : {}),
        ...(session.debut ? { startDate: session.debut } : {}),
        ...(session.fin ? { endDate: session.fin } : {}),
        ...(lieu
          ? { location: { "@type": "Place", name: lieu.nom ?? lieu.adresse.ville, address: { "@type": "PostalAddress", addressLocality: lieu.adresse.ville, postalCode: lieu.adresse.codePostal, addressCountry: "FR" } } }
          : {}),
      };
    }),
  );
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    "@id": url,
    url,
    name: offre.intitule,
    courseCode: offre.id,
    ...(description ? { description: description.length > 500 ? `${description.slice(0, 497)}…` : description } : {}),
    ...(offre.organisme ? { provider: { "@type": "Organization", name: offre.organisme.nom, ...(offre.organisme.web ? { url: offre.organisme.web } : {}) } } : {}),
    ...(offre.certifications.length ? { educationalCredentialAwarded: offre.certifications.map((c) => c.libelle) } : {}),
    ...(offre.niveauSortie ? { educationalLevel: offre.niveauSortie.libelle } : {}),
    ...(instances.length ? { hasCourseInstance: instances } : {}),
    inLanguage: "fr",
  };
}
