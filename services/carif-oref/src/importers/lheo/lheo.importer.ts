import { basename } from "node:path";
import { noProgress, type EncodingOption, type Importer, type ProgressSink } from "@prisme/common";
import type { CarifOrefModels } from "../../context";
import { LheoImportReport } from "./lheo.report";
import { formationLabel, LheoRecordError, mapFormation, type MappedFormation } from "./lheo.mapper";
import { readLheo, type LheoRecord } from "./lheo.reader";
import { withdrawVanished } from "./lheo.withdraw";
import { saveSearchEntries } from "../../search/offre-search.entries";
import type { OffreDoc } from "../../offre/offre.model";
import { loadKnown, writeBatch } from "../fingerprints";

const BATCH = 500;
const PRODUCTEUR = "Carif-Oref";

export interface LheoImportOptions {
  progress?: ProgressSink;
  /** A full feed carries every current offer: the feed offers it lacks are marked withdrawn. A delta feed withdraws nothing. */
  full: boolean;
  encoding?: EncodingOption;
}

/**
 * Imports an LHEO 2.2 or 2.3 feed in two streaming passes: the first checks that the whole file
 * is well-formed LHEO (a wrong file is refused before anything is written), the second maps
 * each formation, rejects those that break the standard, and upserts the rest by numero.
 */
export async function importLheo(models: CarifOrefModels, path: string, options: LheoImportOptions): Promise<LheoImportReport> {
  const progress = options.progress ?? noProgress;
  const checked = await readLheo(path, { progress: (m) => progress(`${m} (pass 1/2: checking)`), encoding: options.encoding });
  const report = new LheoImportReport("lheo", basename(path));
  const provenance = { producteur: PRODUCTEUR, jeuDeDonnees: `Flux LHEO ${checked.version}` };
  const seen = new Map<string, number>();
  const knownOffres = await loadKnown(models.Offre as never, "id", progress);
  const storedBefore = new Map(knownOffres);
  const knownOrganismes = await loadKnown(models.Organisme as never, "siret");
  let batch: MappedFormation[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await writeBatch(models.Offre as never, "id", current.map((m) => m.offre as unknown as Record<string, unknown>), provenance, knownOffres, report, (offres, created) =>
      saveSearchEntries(models, offres as unknown as OffreDoc[], created),
    );
    // An organisme responsible for many offers is written once per batch at most, and only when it changed.
    const organismes = new Map(current.map((m) => [m.organisme.siret, m.organisme as unknown as Record<string, unknown>]));
    await writeBatch(models.Organisme as never, "siret", [...organismes.values()], provenance, knownOrganismes, report.organismes);
  };

  const onFormation = (record: LheoRecord) => {
    report.read += 1;
    const label = formationLabel(record);
    const numero = record.node.attrs.numero;
    try {
      if (numero && seen.has(numero)) throw new LheoRecordError(`numero already used by formation #${seen.get(numero)} of this file`);
      if (numero) seen.set(numero, record.index);
      batch.push(mapFormation(record, checked.version));
    } catch (error) {
      if (!(error instanceof LheoRecordError)) throw error;
      report.reject(label, error.message);
    }
  };

  await readLheo(path, {
    encoding: options.encoding,
    progress: (m) => progress(`${m} (pass 2/2: importing)`),
    onFormation,
    afterChunk: async () => {
      if (batch.length >= BATCH) await flush();
    },
  });
  await flush();
  // A rejected record is in `seen` too: its stored version is kept, not withdrawn.
  if (options.full) report.retirees = await withdrawVanished(models, storedBefore, new Set(seen.keys()));
  return report;
}

export const lheoImporter: Importer<CarifOrefModels> = {
  description: "LHEO 2.2/2.3 XML full feed of continuing-education offers (offers it lacks are marked withdrawn)",
  run: (models, file, { progress, encoding }) => importLheo(models, file, { progress, encoding, full: true }),
};

export const lheoDeltaImporter: Importer<CarifOrefModels> = {
  description: "LHEO 2.2/2.3 XML partial feed (adds and updates offers, withdraws none)",
  run: (models, file, { progress, encoding }) => importLheo(models, file, { progress, encoding, full: false }),
};
