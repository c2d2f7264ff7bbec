import type { CsvRow } from "@prisme/common";
import type { FicheRncpDoc } from "../../certification/fiche-rncp.model";

export const STANDARD_COLUMNS = ["Numero_Fiche", "Intitule", "Nomenclature_Europe_Niveau", "Actif"];

export type FicheRecord = Omit<FicheRncpDoc, "provenance" | "_id" | "empreinte">;

/** RNCP509 → "509" (the form LHEO and Certif Info use); RS fiches keep their prefix (RS5000). */
export function ficheNumero(raw: string): string | null {
  const match = /^(RNCP|RS)(\d{1,6})$/.exec(raw.trim());
  if (!match) return null;
  return match[1] === "RNCP" ? match[2] : `RS${match[2]}`;
}

/** Maps one row of the Standard file; ROME and Formacode codes come from their side files. */
export function parseStandardRow({ values: v }: CsvRow, codes: { rome: Map<string, string[]>; formacode: Map<string, string[]> }): FicheRecord {
  const numero = ficheNumero(v.Numero_Fiche);
  if (!numero) throw new Error(`Numero_Fiche "${v.Numero_Fiche}" is not an RNCP or RS number`);
  if (!v.Intitule) throw new Error("Intitule is empty");
  if (v.Actif !== "ACTIVE" && v.Actif !== "INACTIVE") throw new Error(`Actif is "${v.Actif}", expected ACTIVE or INACTIVE`);
  const level = /^NIV([1-8])$/.exec(v.Nomenclature_Europe_Niveau ?? "");
  return {
    numero,
    intitule: v.Intitule,
    niveau: level ? level[1] : null,
    actif: v.Actif === "ACTIVE",
    typeEnregistrement: v.Type_Enregistrement || null,
    dateFinEnregistrement: v.Date_Fin_Enregistrement || null,
    codesRome: codes.rome.get(v.Numero_Fiche) ?? [],
    formacodes: codes.formacode.get(v.Numero_Fiche) ?? [],
  };
}
