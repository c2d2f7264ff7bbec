import { ImportFormatError, readCsv, readDecoded, readHeadText, type EncodingOption, type ProgressSink, type RejectionSink } from "@prisme/common";
import { lireEntete } from "../common/values";
import { COLONNES_ANNUAIRE } from "./annuaire.parser";

export interface LigneAnnuaire {
  where: string;
  values: Record<string, string>;
}

const lower = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v)]));


/** The API JSON: an export array, a v2.1 page ({ results }) or a v1 page ({ records: [{ fields }] }). */
function recordsJson(path: string, json: unknown): Record<string, unknown>[] {
  const body = json as { results?: unknown; records?: { fields?: unknown }[] };
  const list = Array.isArray(json) ? json : Array.isArray(body?.results) ? body.results : Array.isArray(body?.records) ? body.records.map((r) => r.fields) : null;
  if (!list) throw new ImportFormatError(path, "JSON without a list of établissements (expected an array, { results: [...] } or { records: [...] })");
  return list as Record<string, unknown>[];
}

/**
 * Every line of an Annuaire file, CSV (`;`, BOM) or JSON, with lower-case keys so both read
 * alike. Columns are found by name; a file without the identifying ones is refused.
 */
export async function lireFichierAnnuaire(path: string, options: { progress: ProgressSink; rejects: RejectionSink; encoding?: EncodingOption }): Promise<LigneAnnuaire[]> {
  const { encoding } = options;
  if ("[{".includes((await readHeadText(path, { encoding }, 64)).trimStart().charAt(0) || "x")) {
    const text = await readDecoded(path, { encoding });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ImportFormatError(path, `not readable JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const records = recordsJson(path, json);
    if (records.length === 0) throw new ImportFormatError(path, "no établissement in the file");
    const missing = COLONNES_ANNUAIRE.filter((c) => !(c in lower(records[0])));
    if (missing.length) throw new ImportFormatError(path, `missing field(s) ${missing.map((m) => `"${m}"`).join(", ")}`);
    return records.map((record, i) => ({ where: `record ${i + 1}`, values: lower(record) }));
  }
  const lignes: LigneAnnuaire[] = [];
  // Vintages write the names in another case (Identifiant_de_l_etablissement, identifiant_de_l_etablissement).
  const entete = await lireEntete(path, { encoding });
  const required = ["Identifiant_de_l_etablissement", "Nom_etablissement"].map((colonne) => entete.find((nom) => nom.toLowerCase() === colonne.toLowerCase()) ?? colonne);
  for await (const row of readCsv(path, { required, label: "annuaire", ...options })) lignes.push({ where: `line ${row.line}`, values: lower(row.values) });
  return lignes;
}
