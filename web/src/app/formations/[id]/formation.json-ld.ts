import type { ResultOf } from "@/graphql/graphql";
import type { FormationQuery } from "./formation.query";

type Formation = NonNullable<ResultOf<typeof FormationQuery>["formation"]>;

/** "2 ans" → P2Y, "18 mois" → P18M, "1 an" → P1Y; undefined when Onisep writes something else. */
export function isoDuration(duree: string | null): string | undefined {
  const match = duree?.trim().match(/^(\d+)\s*(an|ans|année|années|mois|semaines?)$/i);
  if (!match) return undefined;
  const unit = match[2].toLowerCase().startsWith("mois") ? "M" : match[2].toLowerCase().startsWith("semaine") ? "W" : "Y";
  return `P${match[1]}${unit}`;
}

/** schema.org EducationalOccupationalProgram: the formation, its credential, length, schools and métiers. */
export function formationJsonLd(formation: Formation, url: string): Record<string, unknown> {
  const etablissements = formation.etablissementsProches ?? formation.etablissements;
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOccupationalProgram",
    "@id": url,
    url,
    name: formation.libelle,
    identifier: formation.id,
    ...(formation.type?.libelle ? { educationalCredentialAwarded: formation.certification?.libelle ?? formation.type.libelle } : {}),
    ...(formation.niveau?.libelle ? { educationalLevel: formation.niveau.libelle } : {}),
    ...(isoDuration(formation.duree) ? { timeToComplete: isoDuration(formation.duree) } : {}),
    ...(formation.codesRome.length ? { occupationalCategory: formation.codesRome } : {}),
    ...(formation.domaines.length ? { about: [...new Set(formation.domaines.map((d) => d.domaine))] } : {}),
    ...(etablissements?.nodes.length
      ? {
          provider: etablissements.nodes.map((e) => ({
            "@type": "EducationalOrganization",
            name: e.nom,
            ...(e.commune ? { address: { "@type": "PostalAddress", addressLocality: e.commune.nom, addressCountry: "FR" } } : {}),
          })),
        }
      : {}),
    inLanguage: "fr",
  };
}
