import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";

export const FormationCardFragment = graphql(`
  fragment FormationCard on Formation {
    id
    libelle
    duree
    niveau { libelle }
    type { libelle }
  }
`);

/** A formation initiale in a list: libellé, kind, level and length. */
export function FormationCard({ formation: data, titleAs = "h3", query = "" }: { formation: FragmentOf<typeof FormationCardFragment>; titleAs?: "h2" | "h3" | "h4"; query?: string }) {
  const formation = readFragment(FormationCardFragment, data);
  const details = [formation.niveau?.libelle, formation.duree].filter(Boolean).join(" · ");
  return (
    <Card
      title={formation.libelle}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/formations/${encodeURIComponent(formation.id)}${query}` }}
      desc={formation.type?.libelle ?? undefined}
      detail={details || undefined}
      start={<p className="fr-tag fr-tag--sm">Formation initiale</p>}
    />
  );
}
