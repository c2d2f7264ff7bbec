import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";
import { formatDistance, formatInstant } from "@/lib/format";
import { label, TYPE_EVENEMENT } from "@/lib/labels";

export const EvenementCardFragment = graphql(`
  fragment EvenementCard on Evenement {
    id
    titre
    type
    debut
    annule
    distanceKm
    url
    lieu { nom }
  }
`);

/** An event in a list: when, where (or online), how far; cancelled ones say so. */
export function EvenementCard({ evenement: data, titleAs = "h3" }: { evenement: FragmentOf<typeof EvenementCardFragment>; titleAs?: "h2" | "h3" | "h4" }) {
  const evenement = readFragment(EvenementCardFragment, data);
  const ou = evenement.lieu?.nom ?? (evenement.url ? "En ligne" : undefined);
  return (
    <Card
      title={evenement.annule ? `Annulé : ${evenement.titre}` : evenement.titre}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/evenements/${encodeURIComponent(evenement.id)}` }}
      desc={formatInstant(evenement.debut)}
      detail={[ou, formatDistance(evenement.distanceKm)].filter(Boolean).join(" · ") || undefined}
      start={<p className="fr-tag fr-tag--sm">{label(TYPE_EVENEMENT, evenement.type)}</p>}
    />
  );
}
