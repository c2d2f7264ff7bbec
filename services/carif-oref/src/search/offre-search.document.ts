import type { CoordonneesDoc } from "@prisme/common";
import type { OffreDoc } from "../offre/offre.model";
import { EtatRecrutement } from "../offre/etat-recrutement.enum";

/** The Orama schema of one offer: text to search, and the codes and flags the filters use. */
export const OFFRE_SEARCH_SCHEMA = {
  intitule: "string",
  texte: "string",
  codesRome: "enum[]",
  formacodes: "enum[]",
  codesRncp: "enum[]",
  certifiante: "boolean",
  modalites: "enum[]",
  dernierDebut: "number",
  recrutementOuvert: "boolean",
} as const;

export type OffreSearchDocument = {
  id: string;
  intitule: string;
  texte: string;
  codesRome: string[];
  formacodes: string[];
  codesRncp: string[];
  certifiante: boolean;
  modalites: string[];
  dernierDebut: number;
  recrutementOuvert: boolean;
};

/** What a search entry is made of, read from a stored offer (when the entries are rebuilt from the offers). */
export const SEARCH_PROJECTION = {
  id: 1, intitule: 1, objectif: 1, nomOrganisme: 1, codesRome: 1, formacodes: 1, codesRncp: 1, certifiante: 1,
  "actions.modaliteEnseignement": 1, "actions.sessions.debut": 1, "actions.sessions.etatRecrutement": 1,
  "actions.lieux.adresse.ville": 1, "actions.lieux.adresse.coordonnees": 1, "actions.lieux.uai": 1,
  codesInsee: 1, codesCertifInfo: 1, siretOrganisme: 1, _id: 0,
} as const;

const asNumber = (day: string) => Number(day.replaceAll("-", ""));

/**
 * What the search index keeps of an offer, stored beside it (`offres_recherche`, keyed by numero): the
 * searchable document, the points of its places and the codes that link it to other entities. The
 * index is built from these small documents: FerretDB reads one in a fraction of the time it takes to
 * read a whole offer (6 KB of nested actions and sessions).
 */
export interface SearchEntryDoc extends Omit<OffreSearchDocument, "id"> {
  _id: string;
  points: CoordonneesDoc[];
  codesInsee: string[];
  codesUai: string[];
  codesCertifInfo: string[];
  siretOrganisme: string | null;
}

/** The search entry of an offer (a mapped or a stored one). */
export function toSearchEntry(offre: OffreDoc): SearchEntryDoc {
  const { id, ...document } = toSearchDocument(offre);
  return {
    _id: id,
    ...document,
    points: lieuPoints(offre),
    codesInsee: offre.codesInsee ?? [],
    codesUai: [...new Set(offre.actions.flatMap((a) => a.lieux.flatMap((l) => (l.uai ? [l.uai] : []))))],
    codesCertifInfo: offre.codesCertifInfo ?? [],
    siretOrganisme: offre.siretOrganisme ?? null,
  };
}

/** One searchable document per offer; the descriptions are cut so the index stays small. */
export function toSearchDocument(offre: OffreDoc): OffreSearchDocument {
  const sessions = offre.actions.flatMap((a) => a.sessions);
  const villes = [...new Set(offre.actions.flatMap((a) => a.lieux.map((l) => l.adresse.ville)).filter(Boolean))];
  return {
    id: offre.id,
    intitule: offre.intitule,
    texte: [(offre.objectif ?? "").replace(/<[^>]*>/g, " ").slice(0, 600), offre.nomOrganisme ?? "", ...villes].join(" "),
    codesRome: offre.codesRome ?? [],
    formacodes: offre.formacodes ?? [],
    codesRncp: offre.codesRncp ?? [],
    certifiante: offre.certifiante === true,
    modalites: [...new Set(offre.actions.map((a) => a.modaliteEnseignement).filter((m): m is NonNullable<typeof m> => !!m))],
    dernierDebut: Math.max(0, ...sessions.map((s) => (s.debut ? asNumber(s.debut) : 0))),
    recrutementOuvert: sessions.some((s) => s.etatRecrutement === EtatRecrutement.OUVERT),
  };
}

/** The distinct points of an offer's places (a place without coordinates cannot be found by distance). */
export function lieuPoints(offre: OffreDoc): CoordonneesDoc[] {
  const points = new Map<string, CoordonneesDoc>();
  for (const lieu of offre.actions.flatMap((a) => a.lieux)) {
    const point = lieu.adresse.coordonnees;
    if (point) points.set(`${point.latitude},${point.longitude}`, { latitude: point.latitude, longitude: point.longitude });
  }
  return [...points.values()];
}
