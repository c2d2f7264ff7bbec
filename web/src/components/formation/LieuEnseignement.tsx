import { Link } from "@/components/link/Link";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";
import { formatCount, formatDistance } from "@/lib/format";
import { label, SECTEUR, STATUT_FORMATION } from "@/lib/labels";

/**
 * A school where a formation is taught: its offers (Affelnet, Parcoursup) with places and wishes,
 * and the InserJeunes outcomes of its leavers. The graph lists a school's offers; those of the
 * formation are picked by their link to it.
 */
export const LieuEnseignementFragment = graphql(`
  fragment LieuEnseignement on Etablissement {
    uai
    nom
    secteur
    distanceKm
    commune { nom }
    formations(first: 15) {
      nodes {
        source
        statut
        session
        capacite
        demandesPremierVoeu
        voeuxConfirmes
        formations { id }
      }
    }
    derniereInsertion {
      millesime
      tauxEmploi6Mois
      tauxPoursuiteEtudes
    }
  }
`);

const percent = (value: number | null | undefined) => (value === null || value === undefined ? undefined : `${value} %`);

export function LieuEnseignement({ etablissement: data, formationId, titleAs: Title = "h4" }: { etablissement: FragmentOf<typeof LieuEnseignementFragment>; formationId: string; titleAs?: "h3" | "h4" | "h5" }) {
  const etablissement = readFragment(LieuEnseignementFragment, data);
  const offres = etablissement.formations.nodes.filter((offre) => offre.formations.some((f) => f?.id === formationId));
  const insertion = etablissement.derniereInsertion;
  const ou = [etablissement.commune?.nom, formatDistance(etablissement.distanceKm), label(SECTEUR, etablissement.secteur)?.toLowerCase()].filter(Boolean).join(" · ");
  return (
    <div className="fr-mb-3w">
      <Title className="fr-h6 fr-mb-1v">
        <Link href={`/etablissements/${encodeURIComponent(etablissement.uai)}`}>{etablissement.nom}</Link>
      </Title>
      {ou && <p className="fr-text--sm fr-mb-1v">{ou}</p>}
      {(offres.length > 0 || insertion) && (
      <ul className="fr-text--sm fr-mb-1v">
        {offres.map((offre, index) => (
          <li key={index}>
            {label(STATUT_FORMATION, offre.statut)}
            {offre.capacite !== null && ` : ${formatCount(offre.capacite)} places`}
            {offre.demandesPremierVoeu !== null && `, ${formatCount(offre.demandesPremierVoeu)} premiers vœux`}
            {offre.voeuxConfirmes !== null && `, ${formatCount(offre.voeuxConfirmes)} vœux confirmés`}
            {offre.session !== null && ` (${offre.source === "PARCOURSUP" ? "Parcoursup" : offre.source === "AFFELNET" ? "Affelnet" : "rentrée"} ${offre.session})`}
          </li>
        ))}
        {insertion && (insertion.tauxEmploi6Mois !== null || insertion.tauxPoursuiteEtudes !== null) && (
          <li>
            Après l&apos;établissement ({insertion.millesime}) :{" "}
            {[percent(insertion.tauxEmploi6Mois) && `${percent(insertion.tauxEmploi6Mois)} en emploi 6 mois après`, percent(insertion.tauxPoursuiteEtudes) && `${percent(insertion.tauxPoursuiteEtudes)} poursuivent leurs études`]
              .filter(Boolean)
              .join(", ")}
          </li>
        )}
      </ul>
      )}
    </div>
  );
}
