import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";

export const MetierCardFragment = graphql(`
  fragment MetierCard on Metier {
    id
    libelle
    domaines { domaine }
  }
`);

/** A métier in a list: its libellé, its first domaine, a link to its page. */
export function MetierCard({ metier: data, titleAs = "h3" }: { metier: FragmentOf<typeof MetierCardFragment>; titleAs?: "h2" | "h3" | "h4" }) {
  const metier = readFragment(MetierCardFragment, data);
  return (
    <Card
      title={metier.libelle}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/metiers/${encodeURIComponent(metier.id)}` }}
      desc={metier.domaines[0]?.domaine}
      start={<p className="fr-tag fr-tag--sm">Métier</p>}
    />
  );
}
