import type { ResultOf } from "@/graphql/graphql";
import type { MetierQuery } from "@/app/metiers/[id]/metier.query";
import { Provenance } from "../resultats/Provenance";

type Metier = NonNullable<ResultOf<typeof MetierQuery>["metier"]>;

/** What the métier is: its names, domaines, its ROME fiches (France Travail) and where to read more. */
export function MetierPresentation({ metier }: { metier: Metier }) {
  const formes = [metier.libelleFeminin, metier.libelleMasculin].filter((f): f is string => !!f && f !== metier.libelle);
  const domaines = [...new Set(metier.domaines.map((d) => (d.sousDomaine ? `${d.domaine} (${d.sousDomaine})` : d.domaine)))];
  return (
    <section aria-labelledby="le-metier" className="fr-mb-6w">
      <h2 id="le-metier">Le métier</h2>
      <dl className="prisme-dl">
        {formes.length > 0 && (
          <>
            <dt>Aussi appelé</dt>
            <dd>{formes.join(", ")}</dd>
          </>
        )}
        {domaines.length > 0 && (
          <>
            <dt>Domaine{domaines.length > 1 ? "s" : ""}</dt>
            <dd>{domaines.join(" ; ")}</dd>
          </>
        )}
        {metier.gfe && (
          <>
            <dt>Groupe formation-emploi</dt>
            <dd>{metier.gfe}</dd>
          </>
        )}
      </dl>
      {metier.rome.nodes.length > 0 && (
        <>
          <h3 className="fr-h5">Fiches ROME de France Travail</h3>
          <ul>
            {metier.rome.nodes.map((rome) => (
              <li key={rome.code}>
                <strong>{rome.code}</strong> – {rome.libelle}
                {rome.domaineProfessionnel && ` (${rome.domaineProfessionnel.libelle})`}
                {rome.emploiReglemente && " · emploi réglementé"}
                {rome.transitions.length > 0 && ` · transition ${rome.transitions.join(", ")}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {metier.urlOnisep && (
        <p>
          <a className="fr-link" href={metier.urlOnisep} rel="noopener">
            La fiche complète sur onisep.fr
          </a>
        </p>
      )}
      <Provenance provenance={metier.provenance} />
    </section>
  );
}
