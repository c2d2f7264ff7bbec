import { CheckboxField } from "../formulaire/CheckboxField";
import { InputField } from "../formulaire/InputField";
import { RadioField } from "../formulaire/RadioField";
import { SelectField } from "../formulaire/SelectField";
import { MODALITE } from "@/lib/labels";
import type { Criteres } from "./criteres";
import { nombreDe, optionsAvecNombres, type Facette } from "./facettes";

export interface FacettesOffres {
  modalite?: Facette[];
  certifiante?: Facette[];
  moisDebut?: Facette[];
  recrutementOuvert?: Facette[];
  financeur?: Facette[];
  departement?: Facette[];
}

/** Continuing-education offers: how, certifying or not, when they start, who funds them, where, recruiting; each value with its count. */
export function FiltresOffres({ criteres: c, facettes = {} }: { criteres: Criteres; facettes?: FacettesOffres }) {
  return (
    <>
      <SelectField id="filtre-modalite" name="modalite" label="Modalité" vide="Toutes les modalités" value={c.modalite} options={optionsAvecNombres(facettes.modalite, Object.entries(MODALITE), c.modalite)} />
      <RadioField
        id="filtre-certifiante"
        name="certifiante"
        legend="Certification"
        value={c.certifiante === undefined ? "" : c.certifiante ? "oui" : "non"}
        choices={[
          ["", "Toutes les offres"],
          ["oui", `Certifiantes${nombreDe(facettes.certifiante, "true")}`],
          ["non", `Non certifiantes${nombreDe(facettes.certifiante, "false")}`],
        ]}
      />
      <SelectField id="filtre-mois" name="moisDebut" label="Début de session" vide="Tous les mois" value={c.moisDebut} options={optionsAvecNombres(facettes.moisDebut, [], c.moisDebut)} />
      <InputField id="filtre-debut" name="debut" type="date" label="Qui commencent à partir du" hint="Format attendu : JJ/MM/AAAA" value={c.debut} />
      <SelectField id="filtre-departement" name="departement" label="Département" vide="Tous les départements" value={c.departement} options={optionsAvecNombres(facettes.departement, [], c.departement)} />
      <SelectField id="filtre-financeur" name="financeur" label="Financeur" vide="Tous les financeurs" value={c.financeur} options={optionsAvecNombres(facettes.financeur, [], c.financeur)} />
      <fieldset className="fr-fieldset" aria-labelledby="filtre-recrutement-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-recrutement-legend">
          Inscriptions
        </legend>
        <CheckboxField id="filtre-recrutement" name="recrutement" value="oui" label={`Seulement les sessions qui recrutent${nombreDe(facettes.recrutementOuvert, "true")}`} checked={!!c.recrutement} />
      </fieldset>
    </>
  );
}
