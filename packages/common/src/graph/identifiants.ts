import { badUserInput } from "../errors";

/**
 * The shared identifiers the graph joins on, checked and normalised the same way by every subgraph
 * (and documented for partners in the README): a value in another case or with a prefix the sources
 * use is accepted and normalised; anything else is a BAD_USER_INPUT that shows the expected form.
 */
interface Identifiant {
  /** What it is, for messages. */
  nom: string;
  exemple: string;
  normaliser(value: string): string;
  motif: RegExp;
}

const trimUpper = (value: string) => value.trim().toUpperCase();

export const IDENTIFIANTS = {
  /** ROME 4.0 fiche: a letter A–N and four digits (M1805); lower case accepted. */
  codeRome: { nom: "ROME code", exemple: "M1805", normaliser: trimUpper, motif: /^[A-N]\d{4}$/ },
  /** Onisep métier: MET. and 1–6 digits. */
  idMetier: { nom: "Onisep métier id", exemple: "MET.105", normaliser: trimUpper, motif: /^MET\.\d{1,6}$/ },
  /** Onisep formation: FOR. and 1–6 digits. */
  idFormation: { nom: "Onisep formation id", exemple: "FOR.1234", normaliser: trimUpper, motif: /^FOR\.\d{1,6}$/ },
  /** Établissement: 7 digits and a check letter (0630001A); lower case accepted. */
  uai: { nom: "UAI", exemple: "0630001A", normaliser: trimUpper, motif: /^\d{7}[A-Z]$/ },
  /** Établissement (INSEE): 14 digits, spaces ignored. */
  siret: { nom: "SIRET", exemple: "19630001500017", normaliser: (v: string) => v.replace(/\s+/g, ""), motif: /^\d{14}$/ },
  /** Commune (INSEE COG): 5 characters, 2A/2B for Corsica (63113, 2A004). */
  codeCommune: { nom: "INSEE commune code", exemple: "63113", normaliser: trimUpper, motif: /^(\d{5}|2[AB]\d{3})$/ },
  /**
   * Département (INSEE): 2 characters, 3 overseas (63, 2A, 974; the collectivities of the COG, 975 to
   * 989, are listed as départements by Etalab); a leading zero (063) is dropped.
   */
  codeDepartement: { nom: "INSEE département code", exemple: "63", normaliser: (v: string) => trimUpper(v).replace(/^0(?=\d\d$|2[AB]$)/, ""), motif: /^(\d{2}|2[AB]|9[78]\d)$/ },
  /** Académie (Éducation nationale): 2 digits (06 Clermont-Ferrand); a single digit gets its leading zero (6 → 06). */
  codeAcademie: { nom: "académie code", exemple: "06", normaliser: (v: string) => v.trim().replace(/^\d$/, "0$&"), motif: /^\d{2}$/ },
  /** RNCP fiche: its number, with or without the RNCP prefix (RNCP37674 → 37674). */
  codeRncp: { nom: "RNCP number", exemple: "RNCP37674 or 37674", normaliser: (v: string) => trimUpper(v).replace(/^RNCP/, "").replace(/^0+(?=\d)/, ""), motif: /^\d{1,6}$/ },
  /** Certif Info: 1–7 digits. */
  codeCertifInfo: { nom: "Certif Info code", exemple: "94681", normaliser: (v: string) => v.trim(), motif: /^\d{1,7}$/ },
  /** Formacode (Centre Inffo): 5 digits. */
  formacode: { nom: "Formacode", exemple: "31054", normaliser: (v: string) => v.trim(), motif: /^\d{5}$/ },
} satisfies Record<string, Identifiant>;

export type NomIdentifiant = keyof typeof IDENTIFIANTS;

/** Whether a value is (once normalised) a valid identifier of that kind. */
export function estIdentifiant(kind: NomIdentifiant, value: string): boolean {
  const spec: Identifiant = IDENTIFIANTS[kind];
  return spec.motif.test(spec.normaliser(value));
}

/** The normalised identifier, or a BAD_USER_INPUT naming the argument and the expected form. */
export function verifierIdentifiant(kind: NomIdentifiant, value: string, argument: string): string {
  const spec: Identifiant = IDENTIFIANTS[kind];
  const normalised = spec.normaliser(value);
  if (!spec.motif.test(normalised)) throw badUserInput(`"${value.slice(0, 80)}" is not a valid ${spec.nom}: expected something like ${spec.exemple}.`, argument);
  return normalised;
}
