import { CheckboxField } from "../formulaire/CheckboxField";
import { InputField } from "../formulaire/InputField";
import { RadioField } from "../formulaire/RadioField";
import { SelectField } from "../formulaire/SelectField";
import { MODALITE } from "@/lib/labels";
import type { Criteres } from "./criteres";

/** Continuing-education offers: how they are taught, certifying or not, starting after a day, recruiting. */
export function FiltresOffres({ criteres: c }: { criteres: Criteres }) {
  return (
    <>
      <SelectField id="filtre-modalite" name="modalite" label="Modalité" vide="Toutes les modalités" value={c.modalite} options={Object.entries(MODALITE)} />
      <RadioField
        id="filtre-certifiante"
        name="certifiante"
        legend="Certification"
        value={c.certifiante === undefined ? "" : c.certifiante ? "oui" : "non"}
        choices={[
          ["", "Toutes les offres"],
          ["oui", "Certifiantes"],
          ["non", "Non certifiantes"],
        ]}
      />
      <InputField id="filtre-debut" name="debut" type="date" label="Qui commencent à partir du" hint="Format attendu : JJ/MM/AAAA" value={c.debut} />
      <fieldset className="fr-fieldset" aria-labelledby="filtre-recrutement-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-recrutement-legend">
          Inscriptions
        </legend>
        <CheckboxField id="filtre-recrutement" name="recrutement" value="oui" label="Seulement les sessions qui recrutent" checked={!!c.recrutement} />
      </fieldset>
    </>
  );
}
