import type { ResultOf } from "@/graphql/graphql";
import type { OffreQuery } from "@/app/offres/[id]/offre.query";
import { formatDay, todayInParis } from "@/lib/format";
import { ETAT_RECRUTEMENT, label } from "@/lib/labels";
import { DsfrTable } from "../table/DsfrTable";

type Action = NonNullable<ResultOf<typeof OffreQuery>["offre"]>["actions"][number];

/** The sessions of one action, coming ones first, with their recruitment state and how to enrol. */
export function Sessions({ action, titleId }: { action: Action; titleId: string }) {
  const today = todayInParis();
  const sessions = [...action.sessions].sort((a, b) => Number((a.fin ?? "9999") < today) - Number((b.fin ?? "9999") < today));
  if (action.entreesSortiesPermanentes) return <p>Entrées et sorties tout au long de l&apos;année.</p>;
  if (sessions.length === 0) return <p>Aucune session annoncée.</p>;
  return (
    <DsfrTable
      caption="Sessions"
      describedBy={titleId}
      columns={["Début", "Fin", "Inscriptions", "S'inscrire"]}
      rows={sessions.map((session, index) => {
        const passee = session.fin !== null && session.fin < today;
        const adresse = session.adresseInscription;
        return {
          key: session.numero ?? String(index),
          cells: [
            formatDay(session.debut) ?? "à préciser",
            formatDay(session.fin) ?? "à préciser",
            passee ? "Session terminée" : (label(ETAT_RECRUTEMENT, session.etatRecrutement) ?? "Non précisé"),
            [session.modalitesInscription, adresse && [adresse.lignes.join(", "), adresse.codePostal, adresse.ville].filter(Boolean).join(" ")].filter(Boolean).join(" – ") || "–",
          ],
        };
      })}
    />
  );
}
