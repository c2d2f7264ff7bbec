import { SelectField } from "../formulaire/SelectField";
import { InputField } from "../formulaire/InputField";
import { NIVEAUX } from "@/lib/labels";
import type { Criteres } from "./criteres";

/** Métiers: domaine. Formations: domaine, niveau and kind of diploma. */
export function FiltresFormations({ criteres: c, domaines }: { criteres: Criteres; domaines: readonly string[] }) {
  return (
    <>
      <SelectField id="filtre-domaine" name="domaine" label="Domaine" vide="Tous les domaines" value={c.domaine} options={domaines.map((d) => [d, d] as const)} />
      {c.type === "formations" && (
        <>
          <SelectField id="filtre-niveau" name="niveau" label="Niveau" vide="Tous les niveaux" value={c.niveau?.toString()} options={Object.entries(NIVEAUX)} />
          <InputField id="filtre-diplome" name="typeFormation" label="Diplôme" hint="Son sigle, par exemple CAP, BTS, BUT" value={c.typeFormation} maxLength={40} />
        </>
      )}
    </>
  );
}
