import { Link } from "@/components/link/Link";
import { label, MODALITE, NIVEAUX, SECTEUR, TYPE_ETABLISSEMENT, VOIE } from "@/lib/labels";
import { formatDay, formatMonth } from "@/lib/format";
import { withParams } from "@/lib/search-params";
import { criteresParams, type Criteres } from "./criteres";
import type { Facette } from "./facettes";
import type { FacettesFormations } from "./FiltresFormations";
import type { FacettesOffres } from "./FiltresOffres";

/** The filters in use, each a link that removes it (the others stay); named as the facets name them, when there are. */
export function FiltresActifs({ criteres: c, facettes = {} }: { criteres: Criteres; facettes?: FacettesFormations & FacettesOffres }) {
  const nom = (values: Facette[] | undefined, valeur: string) => values?.find((v) => v.valeur === valeur)?.libelle ?? valeur;
  const actifs: [string, Partial<Criteres>][] = [];
  if (c.codeRome) actifs.push([`Fiche ROME ${c.codeRome}`, { codeRome: undefined }]);
  if (c.domaine) actifs.push([`Domaine : ${nom(facettes.domaine, c.domaine)}`, { domaine: undefined }]);
  if (c.niveau) actifs.push([`Niveau : ${label(NIVEAUX, String(c.niveau))}`, { niveau: undefined }]);
  if (c.typeFormation) actifs.push([`Diplôme : ${nom(facettes.type, c.typeFormation)}`, { typeFormation: undefined }]);
  if (c.modalite) actifs.push([label(MODALITE, c.modalite)!, { modalite: undefined }]);
  if (c.certifiante !== undefined) actifs.push([c.certifiante ? "Certifiante" : "Non certifiante", { certifiante: undefined }]);
  if (c.debut) actifs.push([`À partir du ${formatDay(c.debut)}`, { debut: undefined }]);
  if (c.moisDebut) actifs.push([`Début en ${formatMonth(c.moisDebut)}`, { moisDebut: undefined }]);
  if (c.financeur) actifs.push([`Financeur : ${nom(facettes.financeur, c.financeur)}`, { financeur: undefined }]);
  if (c.departement) actifs.push([`Département : ${nom(facettes.departement, c.departement)}`, { departement: undefined }]);
  if (c.recrutement) actifs.push(["Inscriptions ouvertes", { recrutement: undefined }]);
  for (const type of c.typesEtablissement) actifs.push([label(TYPE_ETABLISSEMENT, type)!, { typesEtablissement: c.typesEtablissement.filter((t) => t !== type) }]);
  if (c.secteur) actifs.push([label(SECTEUR, c.secteur)!, { secteur: undefined }]);
  if (c.voie) actifs.push([`Voie ${label(VOIE, c.voie)!.toLowerCase()}`, { voie: undefined }]);
  if (c.apprentissage) actifs.push(["Apprentissage", { apprentissage: undefined }]);
  if (c.internat) actifs.push(["Internat", { internat: undefined }]);
  if (actifs.length === 0) return null;
  return (
    <div className="fr-mb-3w">
      <p className="fr-text--sm fr-mb-1w">Filtres appliqués :</p>
      <ul className="fr-tags-group">
        {actifs.map(([texte, sans]) => (
          <li key={texte}>
            <Link className="fr-tag fr-tag--icon-left fr-icon-close-line" href={withParams("/recherche", criteresParams({ ...c, ...sans, apres: undefined }))} aria-label={`Retirer le filtre ${texte}`}>
              {texte}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
