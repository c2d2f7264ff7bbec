import { extname } from "node:path";
import { ImportFormatError, ImportReport, readCsv, type Importer, type ProgressSink, type EncodingOption, type RejectionSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { CODE_COMMUNE, UAI } from "../../common/identifiers";
import { JourSemaine, PublicStructure, TypeStructure } from "../../structure/structure.enum";
import type { ContactsDoc, HoraireDoc, StructureRecord } from "../../structure/structure.model";
import { communesParCode, type CommuneRepere } from "../communes-stockees";
import { ecrireStructures, readJsonArray } from "../structures.common";
import { cite } from "../cite";

export const SOURCE = "structures";
const PROVENANCE = { producteur: "Réseaux du SPRO", jeuDeDonnees: "Structures SPRO (format Prisme)" };

/** The fields of the format; the first four are required (a file without one of them is refused). */
export const CHAMPS_REQUIS = ["id", "type", "nom", "codeCommune"] as const;
export const CHAMPS = [
  ...CHAMPS_REQUIS,
  "adresse",
  "latitude",
  "longitude",
  "telephone",
  "courriel",
  "siteWeb",
  "publics",
  "services",
  "communesCouvertes",
  "uai",
  "horaires",
  "precisionHoraires",
] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/;
const SLOT = /^(\S+)\s+(\S+)\s*-\s*(\S+)$/;
const COURRIEL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/;
// Digits, spaces, dots and hyphens, an optional leading +: a French number (10 digits, or a
// 4-digit short number like 39 49) or an international one (+ and 8 to 15 digits).
const TELEPHONE = /^(0\d{9}|\d{4}|\+\d{8,15})$/;
const JOURS = Object.values(JourSemaine);

/** A row rejected for a reason, with no partial record kept. */
class Rejet extends Error {}

type Valeurs = Record<string, unknown>;

const texte = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const text = (typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value)).trim();
  return text === "" ? null : text;
};

/** A list: a JSON array, or a text of `|`-separated items. */
const liste = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map((item) => texte(item)).filter((item): item is string => item !== null);
  const text = texte(value);
  return text ? text.split("|").map((item) => item.trim()).filter(Boolean) : [];
};

function nombre(value: unknown, champ: string, min: number, max: number): number | null {
  const text = texte(value);
  if (text === null) return null;
  const n = Number(text.replace(",", "."));
  if (!Number.isFinite(n) || n < min || n > max) throw new Rejet(`${champ} ${cite(text)} is not a number between ${min} and ${max}`);
  return n;
}

function horaire(slot: unknown): HoraireDoc {
  let jour: string, ouverture: string, fermeture: string;
  if (slot && typeof slot === "object" && !Array.isArray(slot)) {
    const s = slot as Valeurs;
    [jour, ouverture, fermeture] = [texte(s.jour) ?? "", texte(s.ouverture) ?? "", texte(s.fermeture) ?? ""];
  } else {
    const match = SLOT.exec(texte(slot) ?? "");
    if (!match) throw new Rejet(`bad hours ${cite(texte(slot) ?? "")}: expected a day and a time range, e.g. "LUNDI 09:00-12:00"`);
    [, jour, ouverture, fermeture] = match;
  }
  const label = `${jour} ${ouverture}-${fermeture}`;
  if (!JOURS.includes(jour.toUpperCase() as JourSemaine)) throw new Rejet(`bad hours ${cite(label)}: unknown day ${cite(jour)} (expected ${JOURS.join(", ")})`);
  if (!HEURE.test(ouverture) || !HEURE.test(fermeture)) throw new Rejet(`bad hours ${cite(label)}: times must be HH:MM, 00:00 to 23:59`);
  if (ouverture >= fermeture) throw new Rejet(`bad hours ${cite(label)}: closes before it opens`);
  return { jour: jour.toUpperCase() as JourSemaine, ouverture, fermeture };
}

/** The slots by day then time; overlapping slots of one day are an error. */
function horaires(value: unknown): HoraireDoc[] {
  const slots = (Array.isArray(value) ? value : liste(value)).map(horaire);
  slots.sort((a, b) => JOURS.indexOf(a.jour) - JOURS.indexOf(b.jour) || a.ouverture.localeCompare(b.ouverture));
  for (let i = 1; i < slots.length; i += 1) {
    const [before, slot] = [slots[i - 1], slots[i]];
    if (before.jour === slot.jour && slot.ouverture < before.fermeture) {
      throw new Rejet(`bad hours: ${slot.jour} ${before.ouverture}-${before.fermeture} and ${slot.ouverture}-${slot.fermeture} overlap`);
    }
  }
  return slots;
}

function contacts(row: Valeurs): ContactsDoc {
  const telephone = texte(row.telephone);
  if (telephone !== null && !TELEPHONE.test(telephone.replace(/[\s.-]/g, ""))) {
    throw new Rejet(`bad telephone ${cite(telephone)}: expected a French number (04 73 00 00 00) or an international one (+33 4 73 00 00 00)`);
  }
  const courriel = texte(row.courriel);
  if (courriel !== null && !COURRIEL.test(courriel)) throw new Rejet(`bad e-mail ${cite(courriel)}`);
  const siteWeb = texte(row.siteWeb);
  if (siteWeb !== null) {
    let url: URL | null = null;
    try {
      url = new URL(siteWeb);
    } catch {
      url = null;
    }
    if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname.includes(".")) throw new Rejet(`bad siteWeb ${cite(siteWeb)}: expected an http(s) URL`);
  }
  return { telephone, courriel, siteWeb };
}

/** One row of the file as a structure, or a Rejet saying why not. */
function structure(row: Valeurs, communes: ReadonlyMap<string, CommuneRepere>): StructureRecord {
  const id = texte(row.id) ?? "";
  if (!ID.test(id)) throw new Rejet(`id ${cite(id)} must be 1 to 80 letters, digits, ".", "_" or "-"`);
  const type = texte(row.type) ?? "";
  if (!Object.values(TypeStructure).includes(type as TypeStructure)) throw new Rejet(`unknown type ${cite(type)} (expected ${Object.values(TypeStructure).join(", ")})`);
  const nom = texte(row.nom);
  if (!nom) throw new Rejet("no nom");
  const codeCommune = texte(row.codeCommune) ?? "";
  if (!CODE_COMMUNE.test(codeCommune)) throw new Rejet(`codeCommune ${cite(codeCommune)} is not an INSEE commune code (5 characters, e.g. 63113, 2A004)`);
  const commune = communes.get(codeCommune);
  if (!commune) throw new Rejet(`unknown commune ${cite(codeCommune)} (no current commune of France has this code)`);
  const latitude = nombre(row.latitude, "latitude", -90, 90);
  const longitude = nombre(row.longitude, "longitude", -180, 180);
  if ((latitude === null) !== (longitude === null)) throw new Rejet("latitude and longitude go together: give both or neither");
  const publics = liste(row.publics);
  const inconnu = publics.find((p) => !Object.values(PublicStructure).includes(p as PublicStructure));
  if (inconnu) throw new Rejet(`unknown public ${cite(inconnu)} (expected ${Object.values(PublicStructure).join(", ")})`);
  const communesCouvertes = [...new Set(liste(row.communesCouvertes))].sort();
  const mauvaise = communesCouvertes.find((code) => !CODE_COMMUNE.test(code));
  if (mauvaise) throw new Rejet(`communesCouvertes: ${cite(mauvaise)} is not an INSEE commune code`);
  const uai = texte(row.uai);
  if (uai !== null && !UAI.test(uai)) throw new Rejet(`uai ${cite(uai)} is not a UAI (7 digits and a letter, e.g. 0631601Y)`);
  return {
    _id: id,
    id,
    type: type as TypeStructure,
    nom,
    adresse: texte(row.adresse),
    codeCommune,
    codeDepartement: commune.codeDepartement ?? null,
    // Without a point of its own, the read model places it at its commune's centre.
    coordonnees: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    publics: [...new Set(publics)] as PublicStructure[],
    services: liste(row.services),
    communesCouvertes,
    uai,
    horaires: horaires(row.horaires),
    precisionHoraires: texte(row.precisionHoraires),
    contacts: contacts(row),
  };
}

/** The rows of the file with where they are (CSV line, JSON record): a .json file is a JSON array, anything else CSV; a file of another format is refused. */
async function lignes(file: string, options: { progress?: ProgressSink; rejects: RejectionSink; encoding?: EncodingOption }): Promise<{ where: string; row: Valeurs }[]> {
  if (extname(file).toLowerCase() === ".json") {
    const raw = await readJsonArray(file, [...CHAMPS_REQUIS], options.encoding);
    return raw.map((row, i) => {
      if (!row || typeof row !== "object" || Array.isArray(row)) throw new ImportFormatError(file, `record ${i + 1} is not an object`);
      return { where: `record ${i + 1}`, row };
    });
  }
  const rows: { where: string; row: Valeurs }[] = [];
  for await (const { line, values } of readCsv(file, { required: [...CHAMPS_REQUIS], label: SOURCE, ...options })) rows.push({ where: `line ${line}`, row: values });
  return rows;
}

/**
 * The project's own format for any SPRO network (Cap emploi, PIJ, Cités des métiers, chambres
 * consulaires, CIO…), CSV or JSON. The whole file is read and checked before anything is written.
 */
export async function importStructures(store: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const rows = await lignes(file, { progress, rejects: report, encoding });
  const communes = await communesParCode(store, rows.map(({ row }) => texte(row.codeCommune)).filter((code): code is string => code !== null && CODE_COMMUNE.test(code)));
  const records = new Map<string, StructureRecord>();
  for (const { where, row } of rows) {
    report.read += 1;
    try {
      const record = structure(row, communes);
      if (records.has(record.id)) throw new Rejet(`id ${cite(record.id)} already given earlier in the file`);
      records.set(record.id, record);
    } catch (error) {
      if (!(error instanceof Rejet)) throw error;
      const id = texte(row.id);
      report.reject(id && ID.test(id) ? `${where} (id ${id})` : where, error.message);
    }
  }
  await ecrireStructures(store, [...records.values()], PROVENANCE, report, progress);
  return report;
}

export const structuresImporter: Importer<RegionModels> = {
  description:
    "SPRO structures of any network in Prisme's own format (CSV ; UTF-8 or JSON array): id, type, nom, codeCommune, adresse, latitude, longitude, telephone, courriel, siteWeb, publics, services, communesCouvertes, uai, horaires, precisionHoraires (see services/region/README.md)",
  run: (store, file, { progress, encoding }) => importStructures(store, file, progress, encoding),
};
