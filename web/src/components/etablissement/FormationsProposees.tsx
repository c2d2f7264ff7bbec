import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { EtablissementQuery } from "@/app/etablissements/[uai]/etablissement.query";
import { formatCount } from "@/lib/format";
import { label, STATUT_FORMATION } from "@/lib/labels";
import { DsfrTable } from "../table/DsfrTable";

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
        <DsfrTable
          caption="Formations proposées, places et vœux"
          columns={["Formation", "Statut", "Places", "Vœux", "Source"]}
          rows={formations.nodes.map((offre, index) => {
            const onisep = offre.formations?.[0];
            return {
              key: String(index),
              cells: [
                onisep ? <Link href={`/formations/${encodeURIComponent(onisep.id)}`}>{offre.libelle ?? onisep.libelle}</Link> : (offre.libelle ?? "Formation non décodée"),
                label(STATUT_FORMATION, offre.statut),
                n(offre.capacite),
                offre.demandesPremierVoeu !== null ? `${n(offre.demandesPremierVoeu)} en premier vœu` : offre.voeuxConfirmes !== null ? `${n(offre.voeuxConfirmes)} confirmés` : "–",
                [offre.source === "AFFELNET" ? "Affelnet" : offre.source === "PARCOURSUP" ? "Parcoursup" : "Démonstration", offre.session].filter(Boolean).join(" "),
              ],
            };
          })}
        />
      )}
      {formations.totalCount > formations.nodes.length && <p className="fr-text--sm">Les {formations.nodes.length} premières sur {formatCount(formations.totalCount)}.</p>}
    </section>
  );
}
