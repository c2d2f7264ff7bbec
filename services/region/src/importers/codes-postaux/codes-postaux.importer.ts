import { ImportFormatError, ImportReport, readCsv, type CoordonneesDoc, type EncodingOption, type Importer, type ProgressSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { CODE_COMMUNE } from "../../common/identifiers";
import { centreCodec, CENTRES_PAR_DEPARTEMENT, cleLotCentres, type CentreLu } from "../../territoire/centres.lots";
import { ecrireLots } from "../../territoire/lots.writer";
import { toutesLesCommunes } from "../communes-stockees";
import { cite } from "../cite";

export const SOURCE = "codes-postaux";
export const CODES_POSTAUX_PROVENANCE = { producteur: "La Poste", jeuDeDonnees: "Base officielle des codes postaux" } as const;

const COLUMNS = { code: "Code_commune_INSEE", gps: "coordonnees_gps" };

/** "45.7856492991,3.11554542903" → a point, or the reason it is not one. */
export function parsePoint(text: string): CoordonneesDoc | string {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return `coordonnees_gps ${cite(text)} is not "latitude,longitude"`;
  const [latitude, longitude] = parts.map(Number);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return `coordonnees_gps ${cite(text)} is out of range`;
  return { latitude, longitude };
}

/**
 * Gives every stored commune its centre from La Poste's file (one line per postal code and
 * "ligne 5": a commune appears on several lines with the same point; the first point is kept).
 * Figures are per commune (read = distinct INSEE codes); a code not stored is rejected, since
 * the territory comes from @etalab/decoupage-administratif and is never created from this file.
 * Centres are stored in La Poste's own lots by département (`laposte:63`).
 */
export async function importCodesPostaux(store: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const points = new Map<string, { point: CoordonneesDoc | null; line: number; reason?: string }>();
  let lines = 0;
  // Everything is read and checked before the first write: a file of the wrong format writes nothing.
  for await (const { line, values } of readCsv(file, { delimiter: ";", required: [COLUMNS.code, COLUMNS.gps], progress, label: SOURCE, rejects: report, encoding })) {
    lines += 1;
    const code = values[COLUMNS.code];
    if (!CODE_COMMUNE.test(code)) {
      report.reject(`line ${line}`, `${cite(code)} is not an INSEE commune code`);
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
  const departementDe = new Map((await toutesLesCommunes(store)).map((c) => [c._id, c.codeDepartement]));
  const lots = new Map<string, CentreLu[]>();
  for (const [code, { point, line, reason }] of points) {
    const departement = departementDe.get(code);
    if (!point) report.reject(`line ${line} (${code})`, reason ?? "no point");
    else if (!departement) report.reject(`line ${line} (${code})`, `commune ${code} is not stored (not a current commune of the territory)`);
    else {
      const id = cleLotCentres("laposte", departement);
      const lot = lots.get(id);
      if (lot) lot.push({ code, centre: point });
      else lots.set(id, [{ code, centre: point }]);
    }
  }
  // Created = a commune's first centre from La Poste, updated = a changed one, unchanged: its lot is not written.
  await ecrireLots(store, CENTRES_PAR_DEPARTEMENT, centreCodec, lots, CODES_POSTAUX_PROVENANCE, report, progress);
  return report;
}

export const codesPostauxImporter: Importer<RegionModels> = {
  description: "La Poste, base officielle des codes postaux (CSV ;, Code_commune_INSEE and coordonnees_gps \"lat,lon\"): the centre of each stored commune",
  run: (store, file, { progress, encoding }) => importCodesPostaux(store, file, progress, encoding),
};
