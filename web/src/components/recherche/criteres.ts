// The search page's criteria, read from its URL parameter by parameter (a malformed one is
// ignored, the rest applies) and written back into links. Filters are those the graph's arguments
// offer today; counts per filter value will come with the graph's facets.
import { lieuFromParams, lieuParams, type Lieu } from "@/lib/lieu";
import { cursorParam, dateParam, enumListParam, enumParam, intParam, ouiNonParam, single, textParam, type RawParams } from "@/lib/search-params";
import { MAX_CHARS } from "./suggestions";

export const TYPES = ["metiers", "formations", "offres", "etablissements"] as const;
export type TypeResultat = (typeof TYPES)[number];

export const MODALITES = ["PRESENTIEL", "MIXTE", "A_DISTANCE"] as const;
export const TYPES_ETABLISSEMENT = ["LYCEE", "COLLEGE", "EREA", "ENSEIGNEMENT_SUPERIEUR", "CIO", "AUTRE"] as const;
export const SECTEURS = ["PUBLIC", "PRIVE"] as const;
export const VOIES = ["GENERALE", "TECHNOLOGIQUE", "PROFESSIONNELLE"] as const;

export interface Criteres {
  q?: string;
  /** The text was longer than allowed and was cut. */
  qCoupee: boolean;
  type?: TypeResultat;
  /** A ROME code: the métiers, formations and offers of that fiche (from a métier's page). */
  codeRome?: string;
  domaine?: string;
  niveau?: number;
  typeFormation?: string;
  modalite?: (typeof MODALITES)[number];
  certifiante?: boolean;
  debut?: string;
  /** Offers with a session starting that month, YYYY-MM. */
  moisDebut?: string;
  /** LHEO dict-financeurs code (2: conseil régional). */
  financeur?: string;
  /** INSEE département code of a place of the offer. */
  departement?: string;
  recrutement?: true;
  typesEtablissement: (typeof TYPES_ETABLISSEMENT)[number][];
  secteur?: (typeof SECTEURS)[number];
  voie?: (typeof VOIES)[number];
  apprentissage?: true;
  internat?: true;
  lieu?: Lieu;
  apres?: string;
}

export function criteresFromParams(raw: RawParams): Criteres {
  const q = textParam(raw, "q", MAX_CHARS);
  const type = enumParam(raw, "type", TYPES);
  return {
    q: q.value,
    qCoupee: q.cut,
    type,
    codeRome: codeRomeParam(raw),
    domaine: textParam(raw, "domaine", 120).value,
    niveau: intParam(raw, "niveau", 3, 8),
    typeFormation: textParam(raw, "typeFormation", 40).value,
    modalite: enumParam(raw, "modalite", MODALITES),
    certifiante: ouiNonParam(raw, "certifiante"),
    debut: dateParam(raw, "debut"),
    recrutement: ouiNonParam(raw, "recrutement") ? true : undefined,
    moisDebut: patternParam(raw, "moisDebut", /^\d{4}-(0[1-9]|1[0-2])$/),
    financeur: patternParam(raw, "financeur", /^\d{1,2}$/),
    departement: patternParam(raw, "departement", /^(\d{2}|2A|2B|97\d)$/),
    typesEtablissement: enumListParam(raw, "typeEtablissement", TYPES_ETABLISSEMENT),
    secteur: enumParam(raw, "secteur", SECTEURS),
    voie: enumParam(raw, "voie", VOIES),
    apprentissage: ouiNonParam(raw, "apprentissage") ? true : undefined,
    internat: ouiNonParam(raw, "internat") ? true : undefined,
    lieu: lieuFromParams(raw),
    // A cursor only means something within one kind of result.
    apres: type ? cursorParam(raw, "apres") : undefined,
  };
}

type Params = Record<string, string | readonly string[] | undefined>;

/** The URL parameters of the criteria (what a link to the same search carries). */
export function criteresParams(c: Criteres): Params {
  return {
    q: c.q,
    type: c.type,
    codeRome: c.codeRome,
    domaine: c.domaine,
    niveau: c.niveau === undefined ? undefined : String(c.niveau),
    typeFormation: c.typeFormation,
    modalite: c.modalite,
    certifiante: c.certifiante === undefined ? undefined : c.certifiante ? "oui" : "non",
    debut: c.debut,
    recrutement: c.recrutement ? "oui" : undefined,
    moisDebut: c.moisDebut,
    financeur: c.financeur,
    departement: c.departement,
    typeEtablissement: c.typesEtablissement,
    secteur: c.secteur,
    voie: c.voie,
    apprentissage: c.apprentissage ? "oui" : undefined,
    internat: c.internat ? "oui" : undefined,
    ...lieuParams(c.lieu),
    apres: c.apres,
  };
}

/** The filters of one kind of result, by URL parameter: what "Retirer" removes and what a change of kind drops. */
export const FILTRES_PAR_TYPE: Record<TypeResultat, (keyof Criteres)[]> = {
  metiers: ["domaine"],
  formations: ["domaine", "niveau", "typeFormation"],
  offres: ["modalite", "certifiante", "debut", "moisDebut", "financeur", "departement", "recrutement"],
  etablissements: ["typesEtablissement", "secteur", "voie", "apprentissage", "internat"],
};

/** The same search for another kind of result: its filters dropped, the text, the ROME code and the place kept. */
export function pourType(c: Criteres, type: TypeResultat | undefined): Criteres {
  return { q: c.q, qCoupee: false, type, codeRome: c.codeRome, typesEtablissement: [], lieu: c.lieu };
}

function patternParam(raw: RawParams, key: string, pattern: RegExp): string | undefined {
  const text = single(raw, key);
  return text && pattern.test(text) ? text : undefined;
}

function codeRomeParam(raw: RawParams): string | undefined {
  const code = single(raw, "codeRome")?.toUpperCase();
  return code && /^[A-N]\d{4}$/.test(code) ? code : undefined;
}
