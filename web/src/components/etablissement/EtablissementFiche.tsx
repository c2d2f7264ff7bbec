import type { ResultOf } from "@/graphql/graphql";
import type { EtablissementQuery } from "@/app/etablissements/[uai]/etablissement.query";
import { ETAT_ETABLISSEMENT, label, SECTEUR, TYPE_ETABLISSEMENT, VOIE } from "@/lib/labels";
import { Provenance } from "../resultats/Provenance";

type Etablissement = NonNullable<ResultOf<typeof EtablissementQuery>["etablissement"]>;

/** The Annuaire's record: kind, sector, address, contacts, voies and what it offers. */
export function EtablissementFiche({ etablissement: e }: { etablissement: Etablissement }) {
  const accueil = [e.apprentissage && "forme des apprentis", e.hebergement && "internat", e.restauration && "restauration"].filter(Boolean).join(", ");
  const ligne = (terme: string, valeur: React.ReactNode) =>
    valeur ? (
      <>
        <dt>{terme}</dt>
        <dd>{valeur}</dd>
      </>
    ) : null;
  return (
    <section aria-labelledby="fiche" className="fr-mb-6w">
      <h2 id="fiche">L&apos;établissement</h2>
      <dl className="prisme-dl">
        {ligne("Type", [label(TYPE_ETABLISSEMENT, e.type), e.nature?.libelle.toLowerCase()].filter(Boolean).join(" – "))}
        {ligne("Secteur", [label(SECTEUR, e.secteur), e.contrat?.toLowerCase()].filter(Boolean).join(", "))}
        {e.etat && e.etat !== "OUVERT" && ligne("État", label(ETAT_ETABLISSEMENT, e.etat))}
        {ligne(
          "Adresse",
          e.adresse && (
            <>
              {e.adresse.lignes.map((l) => (
                <span key={l}>
                  {l}
                  <br />
                </span>
              ))}
              {[e.adresse.codePostal, e.adresse.localite].filter(Boolean).join(" ")}
            </>
          ),
        )}
        {ligne("Téléphone", e.contacts?.telephone && <a href={`tel:${e.contacts.telephone.replace(/\s/g, "")}`}>{e.contacts.telephone}</a>)}
        {ligne("Courriel", e.contacts?.mail && <a href={`mailto:${e.contacts.mail}`}>{e.contacts.mail}</a>)}
        {ligne("Site web", e.contacts?.web && <a href={e.contacts.web} rel="noopener">{e.contacts.web}</a>)}
        {ligne("Voies", e.voies.map((v) => label(VOIE, v)).join(", "))}
        {ligne("Accueil", accueil && accueil.charAt(0).toUpperCase() + accueil.slice(1))}
        {ligne("Académie", e.academie?.nom)}
        {ligne("UAI", e.uai)}
      </dl>
      {e.ficheOnisep && (
        <p>
          <a className="fr-link" href={e.ficheOnisep} rel="noopener">
            Sa fiche sur onisep.fr
          </a>
        </p>
      )}
      <Provenance provenance={e.provenance} />
    </section>
  );
}
