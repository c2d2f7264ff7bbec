import type { AnyBulkWriteOperation } from "mongoose";
import { ImportFormatError, ImportReport, readCsv, type EncodingOption, type Importer, type Provenance, type ProgressSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { CODE_COMMUNE } from "../../common/identifiers";
import type { CoordonneesDoc } from "@prisme/common";
import { invalidateCommuneIndex } from "../../recherche/commune.index";

export const SOURCE = "codes-postaux";
export const CODES_POSTAUX_PROVENANCE = { producteur: "La Poste", jeuDeDonnees: "Base officielle des codes postaux" } as const;

const COLUMNS = { code: "Code_commune_INSEE", gps: "coordonnees_gps" };
// FerretDB 1.24 (SQLite) stops answering when one update command carries 100 statements or more.
const UPDATE_BATCH = 50;

/** "45.7856492991,3.11554542903" → a point, or the reason it is not one. */
export function parsePoint(text: string): CoordonneesDoc | string {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return `coordonnees_gps "${text}" is not "latitude,longitude"`;
  const [latitude, longitude] = parts.map(Number);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return `coordonnees_gps "${text}" is out of range`;
  return { latitude, longitude };
}

const samePoint = (a: CoordonneesDoc | null | undefined, b: CoordonneesDoc) => a != null && a.latitude === b.latitude && a.longitude === b.longitude;

/**
 * Gives every stored commune its centre from La Poste's file (one line per postal code and
 * "ligne 5": a commune appears on several lines with the same point; the first point is kept).
 * Figures are per commune (read = distinct INSEE codes); a code not stored is rejected, since
 * the territory comes from @etalab/decoupage-administratif and is never created from this file.
 */
export async function importCodesPostaux(models: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const points = new Map<string, { point: CoordonneesDoc | null; line: number; reason?: string }>();
  let lines = 0;
  // Everything is read and checked before the first write: a file of the wrong format writes nothing.
  for await (const { line, values } of readCsv(file, { delimiter: ";", required: [COLUMNS.code, COLUMNS.gps], progress, label: SOURCE, rejects: report, encoding })) {
    lines += 1;
    const code = values[COLUMNS.code];
    if (!CODE_COMMUNE.test(code)) {
      report.reject(`line ${line}`, `"${code}" is not an INSEE commune code`);
      continue;
    }
    const known = points.get(code);
    if (known?.point) continue;
    const gps = values[COLUMNS.gps];
    if (gps === "") {
      if (!known) points.set(code, { point: null, line, reason: "no coordonnees_gps on any line" });
      continue;
    }
    const point = parsePoint(gps);
    if (typeof point === "string") {
      if (!known) points.set(code, { point: null, line, reason: point });
      continue;
    }
    points.set(code, { point, line });
  }
  if (lines > 0 && points.size === 0) throw new ImportFormatError(file, "no line has a valid INSEE code");

  report.read = points.size;
  // One scan of the communes rather than `code: { $in }` over 35,000 codes (FerretDB evaluates $in per document).
  const stored = await models.Commune.find({}, { code: 1, centre: 1, centreProvenance: 1 }).lean();
  const byCode = new Map(stored.map((doc) => [doc.code, doc]));
  const miseAJour = new Date();
  const centreProvenance: Provenance = { ...CODES_POSTAUX_PROVENANCE, miseAJour };
  const updates: AnyBulkWriteOperation[] = [];
  for (const [code, { point, line, reason }] of points) {
    const commune = byCode.get(code);
    if (!point) {
      report.reject(`line ${line} (${code})`, reason ?? "no point");
    } else if (!commune) {
      report.reject(`line ${line} (${code})`, `commune ${code} is not stored (load the territory first, or it is not a current commune)`);
    } else if (samePoint(commune.centre, point) && commune.centreProvenance?.producteur === CODES_POSTAUX_PROVENANCE.producteur) {
      report.unchanged += 1;
    } else {
      if (commune.centre) report.updated += 1;
      else report.created += 1;
      updates.push({ updateOne: { filter: { _id: commune._id }, update: { $set: { centre: point, centreProvenance } } } });
    }
  }
  for (let start = 0; start < updates.length; start += UPDATE_BATCH) {
    await models.Commune.bulkWrite(updates.slice(start, start + UPDATE_BATCH) as never, { ordered: false });
  }
  if (updates.length) invalidateCommuneIndex(models.Commune);
  return report;
}

export const codesPostauxImporter: Importer<RegionModels> = {
  description: "La Poste, base officielle des codes postaux (CSV ;, Code_commune_INSEE and coordonnees_gps \"lat,lon\"): the centre of each stored commune",
  run: (models, file, { progress, encoding }) => importCodesPostaux(models, file, progress, encoding),
};
