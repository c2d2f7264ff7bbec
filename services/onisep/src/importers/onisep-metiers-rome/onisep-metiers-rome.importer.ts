import { ImportFormatError, ImportReport, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { METIERS_ROME, type MetierRomeDoc } from "../../metier/metier-rome.model";
import { readCsvRecords } from "../source-file";
import { METIERS_ROME_COLUMNS, parseMetierRome } from "./onisep-metiers-rome.parser";

export const METIERS_ROME_PROVENANCE = { producteur: "Onisep", jeuDeDonnees: "Métiers Onisep ↔ ROME (transitions)" };

type RomeRecord = Omit<MetierRomeDoc, "provenance">;
const flags = (r: Pick<RomeRecord, "transitionEcologique" | "typeTransitionEcologique" | "transitionNumerique" | "transitionDemographique">) =>
  `${r.transitionEcologique}/${r.typeTransitionEcologique}/${r.transitionNumerique}/${r.transitionDemographique}`;

/** `onisep-metiers-rome`: the Onisep table of métiers and ROME fiches with their transition flags (CSV `;`), one record per ROME code. */
export const onisepMetiersRomeImporter: Importer<OnisepModels> = {
  description: "Onisep métiers ↔ ROME with the transition flags (écologique, numérique, démographique), CSV ;",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("onisep-metiers-rome", file);
    const rows = await readCsvRecords(file, METIERS_ROME_COLUMNS, { progress, label: "onisep-metiers-rome", rejects: report, encoding });
    const byRome = new Map<string, RomeRecord & { line: string }>();
    for (const row of rows) {
      report.read += 1;
      try {
        const { metier, ...parsed } = parseMetierRome(row.fields);
        const known = byRome.get(parsed.codeRome);
        // The flags are the fiche's: every row of one ROME code must say the same.
        if (known && flags(known) !== flags(parsed)) throw new Error(`${parsed.codeRome}: transition flags differ from ${known.line}`);
        const record = known ?? { _id: parsed.codeRome, ...parsed, metiers: [], line: row.where };
        if (metier && !record.metiers.some((m) => m.id === metier.id)) record.metiers.push(metier);
        byRome.set(parsed.codeRome, record);
      } catch (error) {
        report.reject(row.where, error instanceof Error ? error.message : String(error));
      }
    }
    if (rows.length > 0 && byRome.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} rows could be read (first reason: ${report.rejections[0]?.reason})`);
    const writer = new RecordWriter(store.db, METIERS_ROME, { provenance: METIERS_ROME_PROVENANCE, counts: report, changes: store.changes, progress, label: "onisep-metiers-rome" });
    await writer.write([...byRome.values()].map(({ line: _line, ...record }) => ({ ...record, metiers: [...record.metiers].sort((a, b) => a.id.localeCompare(b.id)) })));
    return report;
  },
};
