import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { MetierQuery } from "@/app/metiers/[id]/metier.query";
import { plural } from "@/lib/format";
import { lieuParams, type Lieu } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import { LieuEnseignement } from "../formation/LieuEnseignement";

type Formations = NonNullable<ResultOf<typeof MetierQuery>["metier"]>["formations"];

/** The formations initiales leading to the métier and, with a place, the nearest schools teaching each. */
export function FormationsDuMetier({ formations, lieu, plus }: { formations: Formations; lieu: Lieu | undefined; plus?: string }) {
  return (
    <section aria-labelledby="formations" className="fr-mb-6w">
      <h2 id="formations">Les formations qui y mènent</h2>
      {formations.totalCount === 0 ? (
        <p>Aucune formation initiale n&apos;est reliée à ce métier pour l&apos;instant.</p>
      ) : (
        <p>
          {formations.totalCount > formations.nodes.length ? `Les ${formations.nodes.length} premières des ${plural(formations.totalCount, "formation")}` : plural(formations.totalCount, "formation")}
          {lieu ? ", avec les établissements les plus proches qui les enseignent." : "."}
        </p>
      )}
      {formations.nodes.map((formation) => (
        <div key={formation.id} className="fr-mb-4w prisme-bloc">
          <h3 className="fr-h5 fr-mb-1v">
            <Link href={withParams(`/formations/${encodeURIComponent(formation.id)}`, lieuParams(lieu))}>{formation.libelle}</Link>
          </h3>
          <p className="fr-text--sm">{[formation.niveau?.libelle, formation.duree].filter(Boolean).join(" · ")}</p>
          {lieu && formation.etablissements && formation.etablissements.totalCount === 0 && (
            <p className="fr-text--sm">Aucun établissement ne l&apos;enseigne dans un rayon de {lieu.rayonKm} km.</p>
          )}
          {formation.etablissements?.nodes.map((etablissement) => (
            <LieuEnseignement key={etablissement.uai} etablissement={etablissement} formationId={formation.id} />
          ))}
          {formation.etablissements && formation.etablissements.totalCount > formation.etablissements.nodes.length && (
            <Link className="fr-link fr-text--sm" href={withParams(`/formations/${encodeURIComponent(formation.id)}`, lieuParams(lieu))}>
              Les {plural(formation.etablissements.totalCount, "établissement")} qui l&apos;enseignent dans ce rayon
            </Link>
          )}
        </div>
      ))}
      {plus && (
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={plus}>
          Toutes les formations de ce métier
        </Link>
      )}
    </section>
  );
}
