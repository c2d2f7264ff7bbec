import { ImportFormatError, readHeadText, type EncodingOptions } from "@prisme/common";

/** A whole number, or null for an empty cell or the DEPP's "nd" (non disponible); undefined when unreadable. */
export function nombre(value: string | undefined): number | null | undefined {
  const text = (value ?? "").trim();
  if (text === "" || /^-?\s*nd$/i.test(text)) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(",", "."));
}

/** The Annuaire's 1/0 flags (also true/false in the API JSON); null when the cell is empty. */
export function drapeau(value: string | undefined): boolean | null {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "1" || text === "true" || text === "o" || text === "oui") return true;
  if (text === "0" || text === "false" || text === "n" || text === "non") return false;
  return null;
}

/** Lower case, accents folded: to compare labels that vintages spell differently. */
export function plat(value: string | undefined): string {
  return (value ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

/** An empty cell is null. */
export const texte = (value: string | undefined): string | null => ((value ?? "").trim() === "" ? null : value!.trim());

/** A date as ISO 8601 AAAA-MM-JJ, from that form or the French JJ/MM/AAAA (an instant keeps its day); null when empty or unreadable. */
export function dateIso(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : null;
}

/** The header line of a delimited file (BOM dropped, decoded as the file will be), to tell its layout before reading it. */
export async function lireEntete(path: string, options: EncodingOptions = {}, delimiter = ";"): Promise<string[]> {
  const first = (await readHeadText(path, options)).split(/\r?\n/)[0];
  return first.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, ""));
}

/** The first 4-digit year in the file name (e.g. affelnet_…_2022_….csv → 2022), or null. */
export function anneeDuFichier(path: string): number | null {
  const match = /(?:^|[^0-9])(20\d{2})(?![0-9])/.exec(path.split(/[\\/]/).pop() ?? "");
  return match ? Number(match[1]) : null;
}

/** Refuses a file whose header lacks every one of the accepted names of a column. */
export function colonne(path: string, header: string[], noms: string[], role: string): string {
  const found = noms.find((nom) => header.some((h) => plat(h) === plat(nom)));
  if (!found) throw new ImportFormatError(path, `missing the ${role} column (one of ${noms.map((n) => `"${n}"`).join(", ")})`);
  return header.find((h) => plat(h) === plat(found))!;
}
