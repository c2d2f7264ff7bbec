import { closeSync, openSync, rmSync, writeSync, mkdtempSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { createHash } from "node:crypto";
import { noProgress, RecordWriter, type EncodingOption, type Importer, type ProgressSink, type Store, type StoredRecord } from "@prisme/common";
import { OFFRES } from "../../offre/offre.model";
import { ORGANISMES } from "../../organisme/organisme.model";
import { offreProjection } from "../../read-model/offre.entry";
import { LheoImportReport } from "./lheo.report";
import { formationLabel, LheoRecordError, mapFormation, MAPPING_VERSION, type MappedFormation, type OffreRecord, type OrganismeRecord } from "./lheo.mapper";
import { detached, parseFormationXml, readLheo, type LheoRead } from "./lheo.reader";

const PRODUCTEUR = "Carif-Oref";
/** Offers from LHEO feeds carry this dataset prefix; demonstration data and other sources are never withdrawn by a feed. */
export const LHEO_DATASET_PREFIX = "Flux LHEO";
const BATCH = 500;
const SPOOL_FLUSH = 1 << 20;

export interface LheoImportOptions {
  progress?: ProgressSink;
  /** A full feed carries every current offer: the feed offers it lacks are marked withdrawn. A delta feed withdraws nothing. */
  full: boolean;
  encoding?: EncodingOption;
}

/** An offer as stored: with the digest of the XML it was mapped from. */
type Offre = OffreRecord & { _id: string; empreinteSource: string };
type Organisme = OrganismeRecord & { _id: string };

const digest = (text: string) => createHash("sha1").update(text).digest("base64url");

/**
 * An offer's fingerprint is the digest of its <formation> XML as it stands in the feed, with the
 * mapping's version: the same text mapped by the same code gives the same record, so a re-import
 * tells an unchanged offer without building its tree or mapping it (most of the cost of a
 * 50,000-offer feed). A feed only reformatted counts as changed: rewritten once, harmlessly.
 */
const sourceDigest = (raw: string) => digest(`${MAPPING_VERSION}\u0001${raw}`);
const offreFingerprint = (record: object) => String((record as { empreinteSource?: string }).empreinteSource);
/** Organismes are small and written once per import: the digest of their mapped fields, in the mapper's fixed order. */
const organismeFingerprint = (record: object) => digest(JSON.stringify(record));

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
        fingerprint: offreFingerprint,
        projections: [offreProjection],
        progress,
        label: "lheo (writing)",
      }),
      organismes: new RecordWriter<Organisme>(store.db, ORGANISMES, { provenance, counts: report.organismes, changes: store.changes, fingerprint: organismeFingerprint }),
    };
  };
  // What is stored, to tell unchanged offers apart (and withdrawn ones after): read while the file
  // is, so the database decodes the fingerprints on its core while this process parses the XML.
  let stored: Map<string, StoredRecord> | null = null;
  const storedRead = writers("").offres.stored().then((map) => (stored = map));
  storedRead.catch(() => undefined); // awaited below, after the reading: its failure is reported there
  const spoolDir = mkdtempSync(join(tmpdir(), "prisme-lheo-"));
  const spoolPath = join(spoolDir, "changed.ndjson");
  const spool = openSync(spoolPath, "w");
  let spoolOpen = true;
  try {
    const seen = new Map<string, number>();
    const organismes = new Map<string, Organisme>();
    /** Formations read before the fingerprints came: their digest, compared once they have come. */
    const undecided: { numero: string; index: number; empreinteSource: string; version: string }[] = [];
    const isUnchanged = (numero: string | null, empreinteSource: string, lheoVersion: string) => {
      const before = numero ? stored?.get(numero) : undefined;
      return !!before && before.empreinte === empreinteSource && before.jeuDeDonnees === `${LHEO_DATASET_PREFIX} ${lheoVersion}`;
    };
    let version = "";
    let pending = "";
    let spooled = 0;
    /** One formation: counted and checked on the first reading (`again` false), mapped when new or changed. */
    const handle = (read: LheoRead, again: boolean) => {
      const numero = read.numero;
      const record = { index: read.index, version: read.version, node: read.node ?? { name: "formation", attrs: numero ? { numero } : {}, text: "", children: [], line: read.line } };
      try {
        if (!again) {
          report.read += 1;
          version = read.version;
          if (numero && seen.has(numero)) throw new LheoRecordError(`numero already used by formation #${seen.get(numero)} of this file`);
          if (numero) seen.set(detached(numero), read.index);
        }
        const empreinteSource = sourceDigest(read.raw);
        if (!again && numero && stored === null) {
          undecided.push({ numero: detached(numero), index: read.index, empreinteSource, version: read.version });
          return;
        }
        if (isUnchanged(numero, empreinteSource, read.version)) {
          report.unchanged += 1;
          return;
        }
        // New or changed: its tree (built while reading for a new one), mapped and checked.
        record.node = read.node ?? parseFormationXml(read.raw, read.line);
        const mapped: MappedFormation = mapFormation(record, read.version);
        // Warnings of new or changed offers only: an unchanged offer is not mapped again (its warnings were reported when it was).
        for (const warning of mapped.warnings) report.warn(`${formationLabel(record)} (line ${warning.line}, <${warning.element}>)`, warning.reason);
        const offre: Offre = { _id: mapped.offre.id, ...mapped.offre, empreinteSource };
        // Kept for the whole import: a copy, not slices of the parser's chunks.
        organismes.set(detached(mapped.organisme.siret), JSON.parse(JSON.stringify({ _id: mapped.organisme.siret, ...mapped.organisme })) as Organisme);
        pending += `${JSON.stringify(offre)}\n`;
        spooled += 1;
        if (pending.length > SPOOL_FLUSH) {
          writeSync(spool, pending);
          pending = "";
        }
      } catch (error) {
        if (!(error instanceof LheoRecordError)) throw error;
        report.reject(formationLabel(record), error.message);
      }
    };
    // A stored formation is most likely unchanged: no tree is built for it unless its digest says
    // otherwise (nor for any formation with a numero until the fingerprints have come).
    const treeFor = (numero: string | null) => !numero || (stored !== null && !stored.has(numero));
    await readLheo(path, { progress: (m) => progress(`${m} (reading)`), onFormation: (read) => handle(read, false), treeFor, encoding: options.encoding });
    const storedMap = await storedRead;
    // The formations read before the fingerprints came: most are unchanged; the others are read again
    // (the first ones of the file only) and mapped.
    const again = new Map(undecided.filter((u) => !isUnchanged(u.numero, u.empreinteSource, u.version)).map((u) => [u.index, u.numero]));
    report.unchanged += undecided.length - again.size;
    if (again.size > 0) {
      const numeros = new Set(again.values());
      await readLheo(path, {
        progress: (m) => progress(`${m} (reading again the ${again.size} first ones new or changed)`),
        onFormation: (read) => again.has(read.index) && handle(read, true),
        treeFor: (numero) => numero !== null && numeros.has(numero),
        encoding: options.encoding,
        stopAfter: Math.max(...again.keys()),
      });
    }
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
      const vanished = [...storedMap].filter(([id, s]) => !seen.has(id) && s.empreinte !== null && (s.jeuDeDonnees ?? "").startsWith(LHEO_DATASET_PREFIX)).map(([id]) => id);
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
  run: (store, file, { progress, encoding }) => importLheo(store, file, { progress, encoding, full: true }),
};

export const lheoDeltaImporter: Importer<Store> = {
  description: "LHEO 2.2/2.3 XML partial feed (adds and updates offers, withdraws none)",
  run: (store, file, { progress, encoding }) => importLheo(store, file, { progress, encoding, full: false }),
};
