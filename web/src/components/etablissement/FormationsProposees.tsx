import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { EtablissementQuery } from "@/app/etablissements/[uai]/etablissement.query";
import { formatCount } from "@/lib/format";
import { label, STATUT_FORMATION } from "@/lib/labels";

type Formations = NonNullable<ResultOf<typeof EtablissementQuery>["etablissement"]>["formations"];

const n = (value: number | null) => (value === null ? "–" : formatCount(value));

/** What the school teaches (Affelnet, Parcoursup), with places and wishes, as a table. */
export function FormationsProposees({ formations }: { formations: Formations }) {
  return (
    <section aria-labelledby="formations-proposees" className="fr-mb-6w">
      <h2 id="formations-proposees">Les formations proposées</h2>
      {formations.totalCount === 0 ? (
        <p>Les plateformes d&apos;admission ne publient pas d&apos;offre pour cet établissement.</p>
      ) : (
        <div className="fr-table fr-table--no-caption prisme-table">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Formations proposées, places et vœux</caption>
                  <thead>
                    <tr>
                      <th scope="col">Formation</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Places</th>
                      <th scope="col">Vœux</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {formations.nodes.map((offre, index) => {
                      const onisep = offre.formations?.[0];
                      return (
                        <tr key={index}>
                          <td>{onisep ? <Link href={`/formations/${encodeURIComponent(onisep.id)}`}>{offre.libelle ?? onisep.libelle}</Link> : (offre.libelle ?? "Formation non décodée")}</td>
                          <td>{label(STATUT_FORMATION, offre.statut)}</td>
                          <td>{n(offre.capacite)}</td>
                          <td>
                            {offre.demandesPremierVoeu !== null
                              ? `${n(offre.demandesPremierVoeu)} en premier vœu`
                              : offre.voeuxConfirmes !== null
                                ? `${n(offre.voeuxConfirmes)} confirmés`
                                : "–"}
                          </td>
                          <td>{[offre.source === "AFFELNET" ? "Affelnet" : offre.source === "PARCOURSUP" ? "Parcoursup" : "Démonstration", offre.session].filter(Boolean).join(" ")}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      {formations.totalCount > formations.nodes.length && <p className="fr-text--sm">Les {formations.nodes.length} premières sur {formatCount(formations.totalCount)}.</p>}
    </section>
  );
}
