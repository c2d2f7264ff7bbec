import { CheckboxField } from "../formulaire/CheckboxField";
import { RadioField } from "../formulaire/RadioField";
import { SelectField } from "../formulaire/SelectField";
import { label, TYPE_ETABLISSEMENT, VOIE } from "@/lib/labels";
import { TYPES_ETABLISSEMENT, type Criteres } from "./criteres";
import { nombreDe, optionsAvecNombres, type Facette } from "./facettes";

export interface FacettesEtablissements {
  typeEtablissement?: Facette[];
  secteur?: Facette[];
  voie?: Facette[];
  apprentissage?: Facette[];
  internat?: Facette[];
}

/** Établissements: kind, public or private, voie of a lycée, apprenticeship, boarding; each value with its count. */
export function FiltresEtablissements({ criteres: c, facettes = {} }: { criteres: Criteres; facettes?: FacettesEtablissements }) {
  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="filtre-type-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-type-legend">
          Type d&apos;établissement
        </legend>
        {TYPES_ETABLISSEMENT.map((type) => (
          <CheckboxField
            key={type}
            id={`filtre-type-${type}`}
            name="typeEtablissement"
            value={type}
            label={`${label(TYPE_ETABLISSEMENT, type)}${nombreDe(facettes.typeEtablissement, type)}`}
            checked={c.typesEtablissement.includes(type)}
          />
        ))}
      </fieldset>
      <RadioField
        id="filtre-secteur"
        name="secteur"
        legend="Secteur"
        value={c.secteur ?? ""}
        choices={[
          ["", "Public et privé"],
          ["PUBLIC", `Public${nombreDe(facettes.secteur, "PUBLIC")}`],
          ["PRIVE", `Privé${nombreDe(facettes.secteur, "PRIVE")}`],
        ]}
      />
      <SelectField id="filtre-voie" name="voie" label="Voie (lycées)" vide="Toutes les voies" value={c.voie} options={optionsAvecNombres(facettes.voie, Object.entries(VOIE), c.voie)} />
      <fieldset className="fr-fieldset" aria-labelledby="filtre-options-legend">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="filtre-options-legend">
          Accueil
        </legend>
        <CheckboxField id="filtre-apprentissage" name="apprentissage" value="oui" label={`Forme des apprentis${nombreDe(facettes.apprentissage, "true")}`} checked={!!c.apprentissage} />
        <CheckboxField id="filtre-internat" name="internat" value="oui" label={`Avec internat${nombreDe(facettes.internat, "true")}`} checked={!!c.internat} />
      </fieldset>
    </>
  );
}
