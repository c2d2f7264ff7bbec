import type { ResultOf } from "@/graphql/graphql";
import type { EtablissementQuery } from "@/app/etablissements/[uai]/etablissement.query";
import { label, POPULATION_INSERTION } from "@/lib/labels";

type Insertions = NonNullable<ResultOf<typeof EtablissementQuery>["etablissement"]>["insertions"];

const pct = (value: number | null) => (value === null ? "–" : `${value} %`);
const points = (value: number | null) => (value === null ? "–" : `${value > 0 ? "+" : ""}${value} points`);

/** InserJeunes (DEPP): what the school's leavers became, newest millésime first. */
export function Insertions({ insertions }: { insertions: Insertions }) {
  if (insertions.nodes.length === 0) return null;
  return (
    <section aria-labelledby="insertion" className="fr-mb-6w">
      <h2 id="insertion">Que deviennent les élèves ?</h2>
      <p>Indicateurs InserJeunes du ministère : la situation des sortants six mois après leur formation. La valeur ajoutée compare le taux d&apos;emploi au taux attendu compte tenu des élèves et du territoire.</p>
      <div className="fr-table fr-table--no-caption prisme-table">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Insertion des sortants</caption>
                <thead>
                  <tr>
                    <th scope="col">Années</th>
                    <th scope="col">Sortants</th>
                    <th scope="col">En emploi à 6 mois</th>
                    <th scope="col">Taux attendu</th>
                    <th scope="col">Valeur ajoutée</th>
                    <th scope="col">Poursuite d&apos;études</th>
                  </tr>
                </thead>
                <tbody>
                  {insertions.nodes.map((i) => (
                    <tr key={`${i.millesime}-${i.population}`}>
                      <td>{i.millesime}</td>
                      <td>{label(POPULATION_INSERTION, i.population)}</td>
                      <td>{pct(i.tauxEmploi6Mois)}</td>
                      <td>{pct(i.tauxEmploi6MoisAttendu)}</td>
                      <td>{points(i.valeurAjoutee)}</td>
                      <td>{pct(i.tauxPoursuiteEtudes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
