import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { OffreQuery } from "@/app/offres/[id]/offre.query";

type Offre = NonNullable<ResultOf<typeof OffreQuery>["offre"]>;

/** Who gives the offer, how to reach them, and the certifications it leads to. */
export function Organisme({ offre }: { offre: Offre }) {
  const o = offre.organisme;
  return (
    <section aria-labelledby="organisme" className="fr-mb-6w">
      <h2 id="organisme">L&apos;organisme de formation</h2>
      {o ? (
        <dl className="prisme-dl">
          <dt>Nom</dt>
          <dd>{o.nom}</dd>
          {o.adresse && (
            <>
              <dt>Adresse</dt>
              <dd>{[o.adresse.lignes.join(", "), [o.adresse.codePostal, o.adresse.ville].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</dd>
            </>
          )}
          {o.telephone && (
            <>
              <dt>Téléphone</dt>
              <dd>
                <a href={`tel:${o.telephone.replace(/\s/g, "")}`}>{o.telephone}</a>
              </dd>
            </>
          )}
          {o.courriel && (
            <>
              <dt>Courriel</dt>
              <dd>
                <a href={`mailto:${o.courriel}`}>{o.courriel}</a>
              </dd>
            </>
          )}
          {o.web && (
            <>
              <dt>Site web</dt>
              <dd>
                <a href={o.web} rel="noopener">
                  {o.web}
                </a>
              </dd>
            </>
          )}
          <dt>SIRET</dt>
          <dd>{o.siret}</dd>
        </dl>
      ) : (
        <p>L&apos;organisme n&apos;est pas précisé par le flux.</p>
      )}
      {offre.certifications.length > 0 && (
        <>
          <h3 className="fr-h5">Certification{offre.certifications.length > 1 ? "s" : ""} préparée{offre.certifications.length > 1 ? "s" : ""}</h3>
          <ul>
            {offre.certifications.map((c) => (
              <li key={c.id}>
                {c.libelle}
                {c.niveau && ` (niveau ${c.niveau})`}
                {c.codeRncp && ` – RNCP${c.codeRncp}${c.rncp && !c.rncp.actif ? ", fiche inactive" : ""}`}
                {c.idsFormationOnisep.map((id) => (
                  <span key={id}>
                    {" "}
                    – <Link href={`/formations/${encodeURIComponent(id)}`}>la formation initiale équivalente</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
