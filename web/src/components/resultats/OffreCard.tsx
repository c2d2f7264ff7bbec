import { Card } from "@codegouvfr/react-dsfr/Card";
import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";
import { formatDay, formatDistance, todayInParis } from "@/lib/format";
import { ETAT_RECRUTEMENT, label } from "@/lib/labels";

export const OffreCardFragment = graphql(`
  fragment OffreCard on OffreFormation {
    id
    intitule
    distanceKm
    certifiante
    organisme { nom }
    lieux { adresse { ville } }
    sessions { debut fin etatRecrutement }
  }
`);

type Session = { debut: string | null; fin: string | null; etatRecrutement: string | null };

/** The next session that has not started yet (sessions come in start order, unknown starts last). */
export function prochaineSession<S extends Session>(sessions: readonly S[], today = todayInParis()): S | undefined {
  return sessions.find((session) => session.debut !== null && session.debut >= today);
}

/** A continuing-education offer in a list: organisme, where, how far, and its next session. */
export function OffreCard({ offre: data, titleAs = "h3" }: { offre: FragmentOf<typeof OffreCardFragment>; titleAs?: "h2" | "h3" | "h4" }) {
  const offre = readFragment(OffreCardFragment, data);
  const prochaine = prochaineSession(offre.sessions);
  // The towns as the feed writes them (carif-oref's own data: a card never depends on another partner).
  const villes = [...new Set(offre.lieux.map((lieu) => lieu.adresse.ville).filter(Boolean))];
  const ou = [villes.join(", "), formatDistance(offre.distanceKm)].filter(Boolean).join(" · ");
  const session = prochaine
    ? `Prochaine session : ${formatDay(prochaine.debut)}${prochaine.etatRecrutement ? ` (${label(ETAT_RECRUTEMENT, prochaine.etatRecrutement)})` : ""}`
    : "Pas de session à venir annoncée";
  return (
    <Card
      title={offre.intitule}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ href: `/offres/${encodeURIComponent(offre.id)}` }}
      desc={
        <>
          {offre.organisme?.nom && <span className="fr-text--bold">{offre.organisme.nom}</span>}
          {offre.organisme?.nom && ou && <br />}
          {ou}
        </>
      }
      detail={session}
      start={
        <ul className="fr-tags-group">
          <li>
            <p className="fr-tag fr-tag--sm">Formation continue</p>
          </li>
          {offre.certifiante && (
            <li>
              <p className="fr-tag fr-tag--sm">Certifiante</p>
            </li>
          )}
        </ul>
      }
    />
  );
}
