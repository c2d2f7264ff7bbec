import type { CoordonneesDoc, Projection } from "@prisme/common";
import { EtatRecrutement } from "../offre/etat-recrutement.enum";
import type { OffreDoc } from "../offre/offre.model";

/** The collection of the offers' entries (one per current offer, keyed by numero). */
export const OFFRES_RECHERCHE = "offres_recherche";

/** Bumped whenever the entry's shape changes: entries of another version are rebuilt from their offer. */
export const ENTRY_VERSION = 3;

/**
 * What the read model keeps of a current offer, stored beside it (a projection written by the same
 * import): the text to search, the codes and flags people filter and count by, the points of its
 * places, the codes that link it to other entities. A few hundred bytes, where the offer itself is
 * several kilobytes of nested actions and sessions that FerretDB takes far longer to decode.
 */
export interface OffreEntry {
  _id: string;
  v: number;
  intitule: string;
  texte: string;
  codesRome: string[];
  formacodes: string[];
  codesRncp: string[];
  codesCertifInfo: string[];
  codesInsee: string[];
  codesUai: string[];
  siretOrganisme: string | null;
  certifiante: boolean;
  modalites: string[];
  financeurs: string[];
  /** Session starts, YYYY-MM-DD. */
  debuts: string[];
  recrutementOuvert: boolean;
  points: CoordonneesDoc[];
}

/**
 * What the offers' table keeps of an entry once indexed: what a page reads by (the offer's numero)
 * and the entry's version. The rest (text, codes, places) lives in the indexes only.
 */
export type OffreGardee = Pick<OffreEntry, "_id" | "v">;

/** An entry read back: one of another version (or shape) comes back with v = 0, to be made again. */
export function checkedEntry(doc: OffreEntry): OffreEntry {
  return doc.v === ENTRY_VERSION ? doc : { ...EMPTY_ENTRY, _id: doc._id, v: 0 };
}

const EMPTY_ENTRY: Omit<OffreEntry, "_id"> = {
  v: 0, intitule: "", texte: "", codesRome: [], formacodes: [], codesRncp: [], codesCertifInfo: [], codesInsee: [], codesUai: [],
  siretOrganisme: null, certifiante: false, modalites: [], financeurs: [], debuts: [], recrutementOuvert: false, points: [],
};

/** The entry of an offer, or null for a withdrawn one (it is not listed). */
export function offreEntry(offre: Omit<OffreDoc, "provenance">): OffreEntry | null {
  if (offre.retiree) return null;
  const actions = offre.actions ?? [];
  const sessions = actions.flatMap((a) => a.sessions ?? []);
  const lieux = actions.flatMap((a) => a.lieux ?? []);
  const villes = [...new Set(lieux.map((l) => l.adresse?.ville).filter((v): v is string => !!v))];
  const points = new Map<string, CoordonneesDoc>();
  for (const lieu of lieux) {
    const point = lieu.adresse?.coordonnees;
    if (point) points.set(`${point.latitude},${point.longitude}`, { latitude: point.latitude, longitude: point.longitude });
  }
  return {
    _id: offre.id,
    v: ENTRY_VERSION,
    intitule: offre.intitule,
    // Descriptions are cut: enough to be found by what they say, small enough to keep in memory.
    texte: [(offre.objectif ?? "").replace(/<[^>]*>/g, " ").slice(0, 600), offre.nomOrganisme ?? "", ...villes].join(" "),
    codesRome: offre.codesRome ?? [],
    formacodes: offre.formacodes ?? [],
    codesRncp: offre.codesRncp ?? [],
    codesCertifInfo: offre.codesCertifInfo ?? [],
    codesInsee: offre.codesInsee ?? [],
    codesUai: [...new Set(lieux.flatMap((l) => (l.uai ? [l.uai] : [])))],
    siretOrganisme: offre.siretOrganisme ?? null,
    certifiante: offre.certifiante === true,
    modalites: [...new Set(actions.map((a) => a.modaliteEnseignement).filter((m): m is NonNullable<typeof m> => !!m))],
    financeurs: [...new Set(actions.flatMap((a) => (a.financeurs ?? []).map((f) => f.code)))],
    debuts: [...new Set(sessions.map((s) => s.debut).filter((d): d is string => !!d))].sort(),
    recrutementOuvert: sessions.some((s) => s.etatRecrutement === EtatRecrutement.OUVERT),
    points: [...points.values()],
  };
}

/** The entries, kept beside the offers by every write of an offer (RecordWriter projection); a withdrawn offer has none. */
export const offreProjection: Projection<Omit<OffreDoc, "provenance">> = {
  collection: OFFRES_RECHERCHE,
  project: offreEntry,
};
