import { domaineKeys, normalizeKey } from "../common/text";
import type { FormationDoc } from "../formation/formation.model";
import type { MetierDoc } from "../metier/metier.model";

/** What the Orama index holds of a métier: searchable text and the filter keys. */
export const METIER_SCHEMA = {
  id: "string",
  libelle: "string",
  rome: "string",
  domaines: "string",
  codesRome: "enum[]",
  domaineKeys: "enum[]",
} as const;

/** What the Orama index holds of a formation. */
export const FORMATION_SCHEMA = {
  id: "string",
  libelle: "string",
  type: "string",
  domaines: "string",
  niveau: "number",
  typeKeys: "enum[]",
  codesRome: "enum[]",
  domaineKeys: "enum[]",
  codeRncp: "enum",
} as const;

const domaineText = (doc: { domaines?: { domaine: string; sousDomaine: string | null }[] }) =>
  (doc.domaines ?? []).map((d) => `${d.domaine} ${d.sousDomaine ?? ""}`).join(" ");

/** A métier as an index document. */
export function metierDocument(metier: MetierDoc) {
  return {
    id: metier.id,
    libelle: metier.libelle,
    rome: (metier.libellesRome ?? []).join(" "),
    domaines: domaineText(metier),
    codesRome: metier.codesRome ?? [],
    domaineKeys: domaineKeys(metier.domaines ?? []),
  };
}

/** A formation as an index document; a formation with no European level gets 0 (never matches a niveau filter). */
export function formationDocument(formation: FormationDoc) {
  const typeKeys = [formation.type?.sigle, formation.type?.libelle, formation.sigle].filter((t): t is string => Boolean(t)).map(normalizeKey);
  return {
    id: formation.id,
    libelle: formation.libelle,
    type: [formation.type?.sigle, formation.type?.libelle].filter(Boolean).join(" "),
    domaines: domaineText(formation),
    niveau: formation.niveau?.europeen ?? 0,
    typeKeys: [...new Set(typeKeys)],
    codesRome: formation.codesRome ?? [],
    domaineKeys: domaineKeys(formation.domaines ?? []),
    codeRncp: formation.codeRncp ?? "",
  };
}
