import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";
import { formatDistance } from "@/lib/format";
import { label, TYPE_STRUCTURE } from "@/lib/labels";

export const StructureCardFragment = graphql(`
  fragment StructureCard on StructureSpro {
    id
    nom
    type
    adresse
    distanceKm
    commune { nom }
    contacts { telephone }
  }
`);

/** A SPRO structure in a list: its network, address, distance and telephone. */
export function StructureCard({ structure: data, titleAs = "h3" }: { structure: FragmentOf<typeof StructureCardFragment>; titleAs?: "h2" | "h3" | "h4" }) {
  const structure = readFragment(StructureCardFragment, data);
  return (
    <Card
      title={structure.nom}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/structures/${encodeURIComponent(structure.id)}` }}
      desc={[structure.adresse ?? structure.commune?.nom, formatDistance(structure.distanceKm)].filter(Boolean).join(" · ") || undefined}
      detail={structure.contacts.telephone ? `Téléphone : ${structure.contacts.telephone}` : undefined}
      start={<p className="fr-tag fr-tag--sm">{label(TYPE_STRUCTURE, structure.type)}</p>}
    />
  );
}
