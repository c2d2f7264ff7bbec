import { SelectField } from "../formulaire/SelectField";
import { NIVEAUX } from "@/lib/labels";
import type { Criteres } from "./criteres";
import { optionsAvecNombres, type Facette } from "./facettes";

export interface FacettesFormations {
  niveau?: Facette[];
  type?: Facette[];
  domaine?: Facette[];
}

/** Métiers: domaine. Formations: domaine, niveau and kind of diploma, each value with its count. */
export function FiltresFormations({ criteres: c, domaines, facettes = {} }: { criteres: Criteres; domaines: readonly string[]; facettes?: FacettesFormations }) {
  const listeDomaines = domaines.map((d) => [d, d] as const);
  return (
    <>
      <SelectField
        id="filtre-domaine"
        name="domaine"
        label="Domaine"
        vide="Tous les domaines"
        value={c.domaine}
        options={c.type === "formations" ? optionsAvecNombres(facettes.domaine, listeDomaines, c.domaine) : listeDomaines}
      />
      {c.type === "formations" && (
        <>
          <SelectField id="filtre-niveau" name="niveau" label="Niveau" vide="Tous les niveaux" value={c.niveau?.toString()} options={optionsAvecNombres(facettes.niveau, Object.entries(NIVEAUX), c.niveau?.toString())} />
          <SelectField id="filtre-diplome" name="typeFormation" label="Diplôme" vide="Tous les diplômes" value={c.typeFormation} options={optionsAvecNombres(facettes.type, [], c.typeFormation)} />
        </>
      )}
    </>
  );
}
