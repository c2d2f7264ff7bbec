import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";
import { formatDistance } from "@/lib/format";
import { label, SECTEUR, TYPE_ETABLISSEMENT } from "@/lib/labels";

export const EtablissementCardFragment = graphql(`
  fragment EtablissementCard on Etablissement {
    uai
    nom
    type
    secteur
    distanceKm
    apprentissage
    hebergement
    adresse { localite }
    commune { nom }
  }
`);

/** An établissement in a list: kind, sector, town and distance. */
export function EtablissementCard({ etablissement: data, titleAs = "h3" }: { etablissement: FragmentOf<typeof EtablissementCardFragment>; titleAs?: "h2" | "h3" | "h4" }) {
  const etablissement = readFragment(EtablissementCardFragment, data);
  const ou = [etablissement.commune?.nom ?? etablissement.adresse?.localite, formatDistance(etablissement.distanceKm)].filter(Boolean).join(" · ");
  const atouts = [etablissement.apprentissage && "apprentissage", etablissement.hebergement && "internat"].filter(Boolean).join(", ");
  return (
    <Card
      title={etablissement.nom}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/etablissements/${encodeURIComponent(etablissement.uai)}` }}
      desc={[label(TYPE_ETABLISSEMENT, etablissement.type), label(SECTEUR, etablissement.secteur)].filter(Boolean).join(" · ")}
      detail={[ou, atouts && `Avec ${atouts}`].filter(Boolean).join(" — ") || undefined}
      start={<p className="fr-tag fr-tag--sm">Établissement</p>}
    />
  );
}
