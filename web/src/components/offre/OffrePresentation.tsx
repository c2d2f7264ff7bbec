import type { ResultOf } from "@/graphql/graphql";
import type { OffreQuery } from "@/app/offres/[id]/offre.query";
import { paragraphs } from "@/lib/html-text";
import { Provenance } from "../resultats/Provenance";

type Offre = NonNullable<ResultOf<typeof OffreQuery>["offre"]>;

function Texte({ titre, html }: { titre: string; html: string | null }) {
  const lignes = paragraphs(html);
  if (lignes.length === 0) return null;
  return (
    <>
      <h3 className="fr-h5">{titre}</h3>
      {lignes.map((ligne, index) => (
        <p key={index}>{ligne}</p>
      ))}
    </>
  );
}

/** What the offer is for: objectives, expected results, content, levels; as text (the feed's HTML is never injected). */
export function OffrePresentation({ offre }: { offre: Offre }) {
  return (
    <section aria-labelledby="la-formation" className="fr-mb-6w">
      <h2 id="la-formation">La formation</h2>
      <ul className="fr-tags-group">
        <li>
          <p className="fr-tag">{offre.certifiante ? "Certifiante" : "Non certifiante"}</p>
        </li>
        {offre.niveauEntree && (
          <li>
            <p className="fr-tag">Entrée : {offre.niveauEntree.libelle}</p>
          </li>
        )}
        {offre.niveauSortie && (
          <li>
            <p className="fr-tag">Sortie : {offre.niveauSortie.libelle}</p>
          </li>
        )}
      </ul>
      <Texte titre="Objectifs" html={offre.objectif} />
      <Texte titre="Résultats attendus" html={offre.resultatsAttendus} />
      <Texte titre="Contenu" html={offre.contenu} />
      <Provenance provenance={offre.provenance} />
    </section>
  );
}
