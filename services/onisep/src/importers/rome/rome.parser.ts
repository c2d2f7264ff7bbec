import { CODE_ROME } from "../../common/identifiers";
import { orNull } from "../../common/text";
import { pick } from "../source-file";

export const FICHES_COLUMNS = ["code_rome", "libelle_rome"];
export const DOMAINES_COLUMNS = ["code_domaine_professionnel", "libelle_domaine_professionnel"];
export const APPELLATIONS_COLUMNS = ["code_ogr", "libelle_appellation_long", "code_rome"];

/** ROME "O"/"N" flags; blank means the fiche does not say. */
const flag = (value: string): boolean | null => (value === "O" ? true : value === "N" ? false : null);

export type Parsed = { record: Record<string, unknown> } | { error: string };

/** The transitions a ROME row is flagged for (fiches and appellations write them alike). */
const transitionsOf = (fields: Record<string, string>) =>
  [
    orNull(pick(fields, "transition_eco")),
    flag(pick(fields, "transition_num")) ? "Transition numérique" : null,
    flag(pick(fields, "transition_demo")) ? "Transition démographique" : null,
  ].filter((t): t is string => Boolean(t));

/** One row of rome_4.0_fiches.csv as a Rome record. */
export function parseFiche(fields: Record<string, string>): Parsed {
  const code = pick(fields, "code_rome").toUpperCase();
  if (!CODE_ROME.test(code)) return { error: `"${code}" is not a ROME code (expected a letter A–N and 4 digits)` };
  const libelle = pick(fields, "libelle_rome");
  if (!libelle) return { error: `${code}: empty libellé` };
  const transitions = transitionsOf(fields);
  const parent = pick(fields, "code_rome_parent").toUpperCase();
  return {
    record: {
      code,
      libelle,
      codeDomaineProfessionnel: code.slice(0, 3),
      codeFicheMetier: orNull(pick(fields, "code_fiche_metier")),
      codeOgr: orNull(pick(fields, "code_ogr")),
      transitions,
      emploiReglemente: flag(pick(fields, "emploi_reglemente")),
      emploiCadre: flag(pick(fields, "emploi_cadre")),
      codeRomeParent: CODE_ROME.test(parent) ? parent : null,
    },
  };
}

/** One row of rome_domaines_professionnels.csv. */
export function parseDomaineProfessionnel(fields: Record<string, string>): Parsed {
  const code = pick(fields, "code_domaine_professionnel").toUpperCase();
  if (!/^[A-N]\d{2}$/.test(code)) return { error: `"${code}" is not a domaine professionnel code (expected a letter A–N and 2 digits)` };
  const libelle = pick(fields, "libelle_domaine_professionnel");
  if (!libelle) return { error: `${code}: empty libellé` };
  return { record: { code, libelle } };
}

/** One row of rome_4.0_appellations.csv: a job title under its fiche. */
export function parseAppellation(fields: Record<string, string>): Parsed {
  const codeOgr = pick(fields, "code_ogr");
  if (!/^\d{1,7}$/.test(codeOgr)) return { error: `"${codeOgr}" is not an OGR code (digits)` };
  const codeRome = pick(fields, "code_rome").toUpperCase();
  if (!CODE_ROME.test(codeRome)) return { error: `${codeOgr}: "${codeRome}" is not a ROME code (expected a letter A–N and 4 digits)` };
  const libelle = pick(fields, "libelle_appellation_long");
  if (!libelle) return { error: `${codeOgr}: empty libellé` };
  return {
    record: {
      codeOgr,
      libelle,
      libelleCourt: orNull(pick(fields, "libelle_appellation_court")),
      codeRome,
      principale: pick(fields, "classification").toUpperCase() === "PRINCIPALE",
      transitions: transitionsOf(fields),
      emploiReglemente: flag(pick(fields, "emploi_reglemente")),
      emploiCadre: flag(pick(fields, "emploi_cadre")),
    },
  };
}
