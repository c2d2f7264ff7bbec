import { ImportFormatError, readDecoded, upsertByKey, type EncodingOption, type ImportReport, type Provenance } from "@prisme/common";
import type { RegionModels } from "../context";
import { communeIndex, rechercherCommunes, normaliser } from "../recherche/commune.index";
import type { StructureDoc } from "../structure/structure.model";
import { invalidateStructureIndex } from "../structure/structure.index";

export type StructureRecord = Omit<StructureDoc, "provenance">;

const BATCH = 500;

/** What the national referentials give of hours and contacts: nothing. */
export const sansHorairesNiContacts = (): Pick<StructureRecord, "horaires" | "precisionHoraires" | "contacts"> => ({
  horaires: [],
  precisionHoraires: null,
  contacts: { telephone: null, courriel: null, siteWeb: null },
});

/** Writes structures by id (created / updated / unchanged), then lets the next search see them. */
export async function upsertStructures(models: RegionModels, records: StructureRecord[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport) {
  for (let start = 0; start < records.length; start += BATCH) {
    await upsertByKey(models.StructureSpro, "id", records.slice(start, start + BATCH) as unknown as Record<string, unknown>[], provenance, report);
  }
  invalidateStructureIndex(models.StructureSpro);
}

/** Where a structure with no address of its own sits: its commune and that commune's centre (both null if the commune is not stored). */
export async function positionParCommune(models: RegionModels, code: string | null) {
  const commune = code ? (await communeIndex(models.Commune)).communes.get(code) : undefined;
  return { codeCommune: commune?.code ?? null, codeDepartement: commune?.codeDepartement ?? null, coordonnees: commune?.centre ?? null };
}

/** The commune named at the start of a text ("CLERMONT PRE LA REINE" → Clermont-Ferrand), within a département; longest match first. */
export async function communeNommee(models: RegionModels, texte: string, departement: string | null): Promise<string | null> {
  const mots = normaliser(texte).split(" ").filter(Boolean);
  for (let n = Math.min(mots.length, 6); n >= 1; n -= 1) {
    const debut = mots.slice(0, n).join(" ");
    if (debut.length < 3) continue;
    const found = await rechercherCommunes(models.Commune, debut, departement ?? undefined);
    const best = found.find((c) => normaliser(c.nom).startsWith(debut));
    if (best) return best.code;
  }
  return null;
}

/** Reads a JSON array of objects; anything else is refused as a whole before any write. */
export async function readJsonArray(file: string, required: string[], encoding?: EncodingOption): Promise<Record<string, unknown>[]> {
  const text = await readDecoded(file, { encoding });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(file, `not a JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data)) throw new ImportFormatError(file, "expected a JSON array of records");
  const first = data.find((x) => x && typeof x === "object") as Record<string, unknown> | undefined;
  const missing = required.filter((field) => !first || !(field in first));
  if (data.length > 0 && missing.length) throw new ImportFormatError(file, `records lack the field(s) ${missing.map((m) => `"${m}"`).join(", ")}`);
  return data as Record<string, unknown>[];
}

export const codeDepartementDe = (value: unknown): string | null => {
  const text = String(value ?? "").trim();
  if (/^\d$/.test(text)) return `0${text}`;
  return /^(\d{2}|2[AB]|9[78]\d)$/.test(text) ? text : null;
};
