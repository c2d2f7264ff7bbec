import { CheckboxField } from "../formulaire/CheckboxField";
import { RadioField } from "../formulaire/RadioField";
import { SelectField } from "../formulaire/SelectField";
import { label, TYPE_ETABLISSEMENT, VOIE } from "@/lib/labels";
import { TYPES_ETABLISSEMENT, type Criteres } from "./criteres";

/** Établissements: kind, public or private, voie of a lycée, apprenticeship, boarding. */
export function FiltresEtablissements({ criteres: c }: { criteres: Criteres }) {
  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="filtre-type-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-type-legend">
          Type d&apos;établissement
        </legend>
        {TYPES_ETABLISSEMENT.map((type) => (
          <CheckboxField key={type} id={`filtre-type-${type}`} name="typeEtablissement" value={type} label={label(TYPE_ETABLISSEMENT, type)!} checked={c.typesEtablissement.includes(type)} />
        ))}
      </fieldset>
      <RadioField
        id="filtre-secteur"
        name="secteur"
        legend="Secteur"
        value={c.secteur ?? ""}
        choices={[
          ["", "Public et privé"],
          ["PUBLIC", "Public"],
          ["PRIVE", "Privé"],
        ]}
      />
      <SelectField id="filtre-voie" name="voie" label="Voie (lycées)" vide="Toutes les voies" value={c.voie} options={Object.entries(VOIE)} />
      <fieldset className="fr-fieldset" aria-labelledby="filtre-options-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-options-legend">
          Accueil
        </legend>
        <CheckboxField id="filtre-apprentissage" name="apprentissage" value="oui" label="Forme des apprentis" checked={!!c.apprentissage} />
        <CheckboxField id="filtre-internat" name="internat" value="oui" label="Avec internat" checked={!!c.internat} />
      </fieldset>
    </>
  );
}
