import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { OffreQuery } from "@/app/offres/[id]/offre.query";
import { formatCount } from "@/lib/format";
import { paragraphs } from "@/lib/html-text";
import { label, MODALITE } from "@/lib/labels";
import { Sessions } from "./Sessions";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

type Offre = NonNullable<ResultOf<typeof OffreQuery>["offre"]>;

/** Where and how the offer is given (one LHEO action each), with its sessions and funded places. */
export function Actions({ offre }: { offre: Offre }) {
  return (
    <section aria-labelledby="sessions" className="fr-mb-6w">
      <h2 id="sessions">Lieux, sessions et places</h2>
      {offre.actions.map((action, index) => {
        const titleId = `action-${index}`;
        const places = action.financeurs.filter((f) => f.nbPlacesFinancees !== null);
        const lieux = action.lieux.map((lieu) => [lieu.nom, [lieu.adresse.codePostal, lieu.adresse.ville].filter(Boolean).join(" ")].filter(Boolean).join(", "));
        return (
          <div key={action.numero ?? index} className="fr-mb-4w prisme-bloc">
            <h3 id={titleId} className="fr-h5">
              {lieux.join(" ; ") || `Action ${index + 1}`}
            </h3>
            <ul>
              {action.modaliteEnseignement && <li>{label(MODALITE, action.modaliteEnseignement)}</li>}
              {action.rythme && <li>Rythme : {action.rythme}</li>}
              {(action.dureeIndicative || action.nombreHeuresTotal) && (
                <li>Durée : {[action.dureeIndicative, action.nombreHeuresTotal && `${formatCount(action.nombreHeuresTotal)} heures`].filter(Boolean).join(", ")}</li>
              )}
              {action.prixTotalTTCEuros !== null && <li>Prix : {euros.format(action.prixTotalTTCEuros)} TTC</li>}
              {places.map((financeur, i) => (
                <li key={i}>
                  {formatCount(financeur.nbPlacesFinancees!)} places financées{financeur.libelle ? ` par ${financeur.libelle}` : ""}
                </li>
              ))}
              {action.accesHandicapes && <li>Accessibilité : {paragraphs(action.accesHandicapes).join(" ")}</li>}
              {action.lieux.map(
                (lieu) =>
                  lieu.etablissement && (
                    <li key={lieu.etablissement.uai}>
                      Dans l&apos;établissement <Link href={`/etablissements/${encodeURIComponent(lieu.etablissement.uai)}`}>{lieu.etablissement.nom}</Link>
                    </li>
                  ),
              )}
            </ul>
            {action.infoPublicVise && <p>Public : {paragraphs(action.infoPublicVise).join(" ")}</p>}
            {action.conditionsSpecifiques && <p>Conditions d&apos;accès : {paragraphs(action.conditionsSpecifiques).join(" ")}</p>}
            <Sessions action={action} titleId={titleId} />
          </div>
        );
      })}
    </section>
  );
}
