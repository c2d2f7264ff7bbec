import { plural } from "@/lib/format";
import type { Lieu } from "@/lib/lieu";
import type { FragmentOf } from "@/graphql/graphql";
import { LieuEnseignement, type LieuEnseignementFragment } from "./LieuEnseignement";

/** The schools teaching a formation: nearest first within the radius, else by name. */
export function LieuxEnseignement({
  formationId,
  etablissements,
  lieu,
}: {
  formationId: string;
  etablissements: { totalCount: number; nodes: (FragmentOf<typeof LieuEnseignementFragment> & { uai: string })[] } | null | undefined;
  lieu: Lieu | undefined;
}) {
  return (
    <section aria-labelledby="ou-etudier" className="fr-mb-6w">
      <h2 id="ou-etudier">Où l&apos;étudier</h2>
      {!etablissements ? null : etablissements.totalCount === 0 ? (
        <p>{lieu ? `Aucun établissement ne l'enseigne dans un rayon de ${lieu.rayonKm} km.` : "Aucun établissement de la région ne l'enseigne d'après les données de l'académie."}</p>
      ) : (
        <>
          <p>
            {plural(etablissements.totalCount, "établissement")}
            {lieu ? `, du plus proche au plus éloigné` : ", par nom"}
            {etablissements.totalCount > etablissements.nodes.length ? ` (les ${etablissements.nodes.length} premiers)` : ""}.
          </p>
          {etablissements.nodes.map((etablissement) => (
            <LieuEnseignement key={etablissement.uai} etablissement={etablissement} formationId={formationId} titleAs="h3" />
          ))}
        </>
      )}
    </section>
  );
}
