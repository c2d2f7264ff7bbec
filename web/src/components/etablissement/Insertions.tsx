import type { ResultOf } from "@/graphql/graphql";
import type { EtablissementQuery } from "@/app/etablissements/[uai]/etablissement.query";
import { label, POPULATION_INSERTION } from "@/lib/labels";
import { DsfrTable } from "../table/DsfrTable";

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
      <DsfrTable
        caption="Insertion des sortants"
        columns={["Années", "Sortants", "En emploi à 6 mois", "Taux attendu", "Valeur ajoutée", "Poursuite d'études"]}
        rows={insertions.nodes.map((i) => ({
          key: `${i.millesime}-${i.population}`,
          cells: [i.millesime, label(POPULATION_INSERTION, i.population), pct(i.tauxEmploi6Mois), pct(i.tauxEmploi6MoisAttendu), points(i.valeurAjoutee), pct(i.tauxPoursuiteEtudes)],
        }))}
      />
    </section>
  );
}
