import { CODE_ROME, onisepIdFromUrl } from "../../common/identifiers";
import { orNull } from "../../common/text";
import type { MetierRomeDoc } from "../../metier/metier-rome.model";
import { pick } from "../source-file";

/** The header names the file must have (as published; fields are then read under fieldKey). */
export const METIERS_ROME_COLUMNS = ["Code ROME", "lien site onisep.fr", "transitionEcologique", "transitionNumerique", "transitionDemographique"];

export type MetierRomeRow = Omit<MetierRomeDoc, "_id" | "provenance" | "metiers"> & { metier: { id: string; libelle: string } | null };

function ouiNon(fields: Record<string, string>, name: string): boolean {
  const value = pick(fields, name.toLowerCase());
  if (value === "Oui") return true;
  if (value === "Non") return false;
  throw new Error(`${name} is "${value}", expected Oui or Non`);
}

/** Maps one row of the table métiers ↔ ROME; throws the reason when it cannot be read. */
export function parseMetierRome(fields: Record<string, string>): MetierRomeRow {
  const codeRome = pick(fields, "code_rome").toUpperCase();
  if (!CODE_ROME.test(codeRome)) throw new Error(`"${codeRome}" is not a ROME code (expected a letter A–N and 4 digits)`);
  const lien = pick(fields, "lien_site_onisep_fr");
  const id = onisepIdFromUrl(lien, "MET");
  if (lien && !id) throw new Error(`"${lien}" does not end with an Onisep métier id (MET.nnn)`);
  const transitionEcologique = ouiNon(fields, "transitionEcologique");
  return {
    codeRome,
    libelleRome: orNull(pick(fields, "lib_rome_ft")),
    transitionEcologique,
    typeTransitionEcologique: transitionEcologique ? orNull(pick(fields, "transitionecologiquedetaillee")) : null,
    transitionNumerique: ouiNon(fields, "transitionNumerique"),
    transitionDemographique: ouiNon(fields, "transitionDemographique"),
    metier: id ? { id, libelle: pick(fields, "libelle_metier_onisep") || id } : null,
  };
}
