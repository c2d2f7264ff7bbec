import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { MetierQuery } from "@/app/metiers/[id]/metier.query";
import { plural } from "@/lib/format";
import { lieuParams, type Lieu } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import { LieuEnseignement } from "../formation/LieuEnseignement";

type Formations = NonNullable<ResultOf<typeof MetierQuery>["metier"]>["formations"];
type Formation = Formations["nodes"][number];

const AUTRES_MAX = 12;

/** The distance of the nearest school teaching the formation within the radius, or Infinity. */
const plusProche = (f: Formation) => f.etablissements?.nodes[0]?.distanceKm ?? (f.etablissements?.totalCount ? 0 : Infinity);

function FormationAvecLieux({ formation, lieu }: { formation: Formation; lieu: Lieu | undefined }) {
  return (
    <div className="fr-mb-4w prisme-bloc">
      <h3 className="fr-h5 fr-mb-1v">
        <Link href={withParams(`/formations/${encodeURIComponent(formation.id)}`, lieuParams(lieu))}>{formation.libelle}</Link>
      </h3>
      <p className="fr-text--sm">{[formation.niveau?.libelle, formation.duree].filter(Boolean).join(" · ")}</p>
      {formation.etablissements?.nodes.map((etablissement) => (
        <LieuEnseignement key={etablissement.uai} etablissement={etablissement} formationId={formation.id} />
      ))}
      {formation.etablissements && formation.etablissements.totalCount > formation.etablissements.nodes.length && (
        <Link className="fr-link fr-text--sm" href={withParams(`/formations/${encodeURIComponent(formation.id)}`, lieuParams(lieu))}>
          Les {plural(formation.etablissements.totalCount, "établissement")} qui l&apos;enseignent dans ce rayon
        </Link>
      )}
    </div>
  );
}

/**
 * The formations initiales leading to the métier. With a place, those taught near the person come
 * first (nearest school first), with the schools teaching them; the others are listed after.
 */
export function FormationsDuMetier({ formations, lieu, plus }: { formations: Formations; lieu: Lieu | undefined; plus?: string }) {
  const proches = lieu ? formations.nodes.filter((f) => (f.etablissements?.totalCount ?? 0) > 0).sort((a, b) => plusProche(a) - plusProche(b)) : formations.nodes;
  const autres = lieu ? formations.nodes.filter((f) => !proches.includes(f)) : [];
  const etablissementsConnus = !lieu || formations.nodes.every((f) => f.etablissements);
  return (
    <section aria-labelledby="formations" className="fr-mb-6w">
      <h2 id="formations">Les formations qui y mènent</h2>
      {formations.totalCount === 0 ? (
        <p>Aucune formation initiale n&apos;est reliée à ce métier pour l&apos;instant.</p>
      ) : (
        <p>
          {plural(formations.totalCount, "formation")} y {formations.totalCount > 1 ? "mènent" : "mène"}
          {lieu && etablissementsConnus
            ? `. Parmi les ${formations.nodes.length} premières, ${plural(proches.length, "est enseignée", "sont enseignées")} à moins de ${lieu.rayonKm} km, avec les établissements les plus proches.`
            : "."}
        </p>
      )}
      {proches.map((formation) => (
        <FormationAvecLieux key={formation.id} formation={formation} lieu={lieu} />
      ))}
      {autres.length > 0 && (
        <>
          <h3 className="fr-h5">{proches.length ? "Les autres formations" : `Formations qui ne sont pas enseignées à moins de ${lieu!.rayonKm} km`}</h3>
          <ul>
            {autres.slice(0, AUTRES_MAX).map((formation) => (
              <li key={formation.id}>
                <Link href={`/formations/${encodeURIComponent(formation.id)}`}>{formation.libelle}</Link>
                {formation.niveau && <span className="fr-hint-text">{formation.niveau.libelle}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plus && (
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={plus}>
          Toutes les formations de ce métier
        </Link>
      )}
    </section>
  );
}
