import type { ResultOf } from "@/graphql/graphql";
import type { OffreQuery } from "@/app/offres/[id]/offre.query";
import { formatDay, todayInParis } from "@/lib/format";
import { ETAT_RECRUTEMENT, label } from "@/lib/labels";

type Action = NonNullable<ResultOf<typeof OffreQuery>["offre"]>["actions"][number];

/** The sessions of one action, coming ones first, with their recruitment state and how to enrol. */
export function Sessions({ action, titleId }: { action: Action; titleId: string }) {
  const today = todayInParis();
  const sessions = [...action.sessions].sort((a, b) => Number((a.fin ?? "9999") < today) - Number((b.fin ?? "9999") < today));
  if (action.entreesSortiesPermanentes) return <p>Entrées et sorties tout au long de l&apos;année.</p>;
  if (sessions.length === 0) return <p>Aucune session annoncée.</p>;
  return (
    <div className="fr-table fr-table--no-caption prisme-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table aria-describedby={titleId}>
              <caption>Sessions</caption>
              <thead>
                <tr>
                  <th scope="col">Début</th>
                  <th scope="col">Fin</th>
                  <th scope="col">Inscriptions</th>
                  <th scope="col">S&apos;inscrire</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session, index) => {
                  const passee = session.fin !== null && session.fin < today;
                  const adresse = session.adresseInscription;
                  return (
                    <tr key={session.numero ?? index}>
                      <td>{formatDay(session.debut) ?? "à préciser"}</td>
                      <td>{formatDay(session.fin) ?? "à préciser"}</td>
                      <td>{passee ? "Session terminée" : (label(ETAT_RECRUTEMENT, session.etatRecrutement) ?? "Non précisé")}</td>
                      <td>{[session.modalitesInscription, adresse && [adresse.lignes.join(", "), adresse.codePostal, adresse.ville].filter(Boolean).join(" ")].filter(Boolean).join(" – ") || "–"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
