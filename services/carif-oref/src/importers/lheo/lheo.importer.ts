import { closeSync, openSync, rmSync, writeSync, mkdtempSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { createHash } from "node:crypto";
import { noProgress, RecordWriter, type Importer, type ProgressSink, type Store, type StoredRecord } from "@prisme/common";
import { OFFRES } from "../../offre/offre.model";
import { ORGANISMES } from "../../organisme/organisme.model";
import { offreProjection } from "../../read-model/offre.entry";
import { LheoImportReport } from "./lheo.report";
import { formationLabel, LheoRecordError, mapFormation, type MappedFormation, type OffreRecord, type OrganismeRecord } from "./lheo.mapper";
import { detached, readLheo, type LheoRecord } from "./lheo.reader";

const PRODUCTEUR = "Carif-Oref";
/** Offers from LHEO feeds carry this dataset prefix; demonstration data and other sources are never withdrawn by a feed. */
export const LHEO_DATASET_PREFIX = "Flux LHEO";
const BATCH = 500;
const SPOOL_FLUSH = 1 << 20;

export interface LheoImportOptions {
  progress?: ProgressSink;
  /** A full feed carries every current offer: the feed offers it lacks are marked withdrawn. A delta feed withdraws nothing. */
  full: boolean;
}

type Offre = OffreRecord & { _id: string };
type Organisme = OrganismeRecord & { _id: string };

/**
 * The mappers write every field in one fixed order, so the plain JSON text is a faithful digest and
 * far cheaper than a canonical one over 50,000 offers of several kilobytes.
 */
const digest = (text: string) => createHash("sha1").update(text).digest("base64url");
const lheoFingerprint = (record: object) => digest(JSON.stringify(record));

/**
 * Imports an LHEO 2.2 or 2.3 feed in one reading of the file: each <formation> is mapped and
 * checked as it is read; those that differ from what is stored are set aside in a temporary file.
 * Only once the whole file has proved well-formed LHEO are they written (a broken file writes
 * nothing), then, for a full feed, the offers it no longer carries are marked withdrawn. A re-import
 * of an unchanged feed reads the file and the fingerprints, and writes nothing.
 */
export async function importLheo(store: Store, path: string, options: LheoImportOptions): Promise<LheoImportReport> {
  const progress = options.progress ?? noProgress;
  const report = new LheoImportReport("lheo", basename(path));
  const writers = (version: string) => {
    const provenance = { producteur: PRODUCTEUR, jeuDeDonnees: `${LHEO_DATASET_PREFIX} ${version}` };
    return {
      provenance,
      offres: new RecordWriter<Offre>(store.db, OFFRES, {
        provenance,
        counts: report,
        changes: store.changes,
        fingerprint: lheoFingerprint,
        projections: [offreProjection],
        progress,
        label: "lheo (writing)",
      }),
      organismes: new RecordWriter<Organisme>(store.db, ORGANISMES, { provenance, counts: report.organismes, changes: store.changes, fingerprint: lheoFingerprint }),
    };
  };
  // What is stored, to tell unchanged offers apart while reading (and withdrawn ones after).
  const stored: Map<string, StoredRecord> = await writers("").offres.stored();
  const spoolDir = mkdtempSync(join(tmpdir(), "prisme-lheo-"));
  const spoolPath = join(spoolDir, "changed.ndjson");
  const spool = openSync(spoolPath, "w");
  let spoolOpen = true;
  try {
    const seen = new Map<string, number>();
    const organismes = new Map<string, Organisme>();
    let version = "";
    let pending = "";
    let spooled = 0;
    const onFormation = (record: LheoRecord) => {
      report.read += 1;
      version = record.version;
      const label = formationLabel(record);
      const numero = record.node.attrs.numero;
      try {
        if (numero && seen.has(numero)) throw new LheoRecordError(`numero already used by formation #${seen.get(numero)} of this file`);
        if (numero) seen.set(detached(numero), record.index);
        const mapped: MappedFormation = mapFormation(record, record.version);
        const offre: Offre = { _id: mapped.offre.id, ...mapped.offre };
        // Kept for the whole import: a copy, not slices of the parser's chunks.
        organismes.set(detached(mapped.organisme.siret), JSON.parse(JSON.stringify({ _id: mapped.organisme.siret, ...mapped.organisme })) as Organisme);
        const text = JSON.stringify(offre);
        const before = stored.get(offre._id);
        if (before && before.empreinte === digest(text) && before.jeuDeDonnees === `${LHEO_DATASET_PREFIX} ${record.version}`) {
          report.unchanged += 1;
          return;
        }
        pending += `${text}\n`;
        spooled += 1;
        if (pending.length > SPOOL_FLUSH) {
          writeSync(spool, pending);
          pending = "";
        }
      } catch (error) {
        if (!(error instanceof LheoRecordError)) throw error;
        report.reject(label, error.message);
      }
    };
    await readLheo(path, { progress: (m) => progress(`${m} (reading)`), onFormation });
    writeSync(spool, pending);
    closeSync(spool);
    spoolOpen = false;

    // The whole file is well-formed LHEO: now the writes.
    const { offres, organismes: organismeWriter } = writers(version);
    await organismeWriter.write([...organismes.values()]);
    if (spooled) {
      let batch: Offre[] = [];
      for await (const line of createInterface({ input: createReadStream(spoolPath, { encoding: "utf8" }), crlfDelay: Infinity })) {
        if (!line) continue;
        batch.push(JSON.parse(line) as Offre);
        if (batch.length >= BATCH) {
          await offres.write(batch);
          batch = [];
        }
      }
      await offres.write(batch);
    }
    // A rejected record is in `seen` too: its stored version is kept, not withdrawn.
    if (options.full) {
      const vanished = [...stored].filter(([id, s]) => !seen.has(id) && s.empreinte !== null && (s.jeuDeDonnees ?? "").startsWith(LHEO_DATASET_PREFIX)).map(([id]) => id);
      const now = new Date();
      await offres.patch(vanished, { retiree: true, dateRetrait: now, "provenance.miseAJour": now }, { dropProjections: true });
      report.retirees = vanished.length;
    }
    return report;
  } finally {
    if (spoolOpen) closeSync(spool);
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

export const lheoImporter: Importer<Store> = {
  description: "LHEO 2.2/2.3 XML full feed of continuing-education offers (offers it lacks are marked withdrawn)",
  run: (store, file, { progress }) => importLheo(store, file, { progress, full: true }),
};

export const lheoDeltaImporter: Importer<Store> = {
  description: "LHEO 2.2/2.3 XML partial feed (adds and updates offers, withdraws none)",
  run: (store, file, { progress }) => importLheo(store, file, { progress, full: false }),
};
