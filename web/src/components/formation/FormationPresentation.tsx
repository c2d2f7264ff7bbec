import type { ResultOf } from "@/graphql/graphql";
import type { FormationQuery } from "@/app/formations/[id]/formation.query";
import { Provenance } from "../resultats/Provenance";

type Formation = NonNullable<ResultOf<typeof FormationQuery>["formation"]>;

/** What the formation is: kind of diploma, level, length, who awards it, its certification. */
export function FormationPresentation({ formation }: { formation: Formation }) {
  const certification = formation.certification;
  const domaines = [...new Set(formation.domaines.map((d) => (d.sousDomaine ? `${d.domaine} (${d.sousDomaine})` : d.domaine)))];
  const ligne = (terme: string, valeur: string | null | undefined) =>
    valeur ? (
      <>
        <dt>{terme}</dt>
        <dd>{valeur}</dd>
      </>
    ) : null;
  return (
    <section aria-labelledby="la-formation" className="fr-mb-6w">
      <h2 id="la-formation">La formation</h2>
      <dl className="prisme-dl">
        {ligne("Diplôme", [formation.type?.libelle, formation.type?.sigle && `(${formation.type.sigle})`].filter(Boolean).join(" "))}
        {ligne("Niveau", formation.niveau?.libelle)}
        {ligne("Durée", formation.duree)}
        {ligne("Délivré sous la tutelle de", formation.tutelle)}
        {ligne(domaines.length > 1 ? "Domaines" : "Domaine", domaines.join(" ; "))}
        {ligne("Fiche RNCP", formation.codeRncp && `RNCP${formation.codeRncp}${certification?.rncp && !certification.rncp.actif ? " (fiche inactive)" : ""}`)}
        {ligne("Certification (Certif Info)", certification && `${certification.libelle} – code ${certification.id}${certification.certificateur ? `, ${certification.certificateur}` : ""}`)}
      </dl>
      {formation.urlOnisep && (
        <p>
          <a className="fr-link" href={formation.urlOnisep} rel="noopener">
            La fiche complète sur onisep.fr
          </a>
        </p>
      )}
      <Provenance provenance={formation.provenance} />
    </section>
  );
}
