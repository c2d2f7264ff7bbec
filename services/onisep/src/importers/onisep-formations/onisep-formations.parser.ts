import { onisepIdFromUrl } from "../../common/identifiers";
import { orNull, splitDomaines } from "../../common/text";
import type { NiveauDoc } from "../../formation/formation.model";
import { pick } from "../source-file";

/** CSV headers the Idéo-Formations export must have (the API JSON form has the same fields in snake_case). */
export const FORMATIONS_CSV_COLUMNS = ["libellé formation principal", "lien site onisep.fr", "niveau RNCP", "libellé niveau RNCP", "domaine/sous-domaine"];
export const FORMATIONS_JSON_FIELDS = [["libelle_formation_principal"], ["lien_site_onisep_fr", "url_et_id_onisep", "url"]];

// The export's "niveau RNCP" column still uses the 1969 French nomenclature (V = CAP … I = bac+5)
// while its libellé gives the European level: the libellé wins, the table is the fallback.
const EUROPEEN_PAR_NIVEAU_FRANCAIS: Record<string, number> = { "5": 3, "4": 4, "3": 5, "2": 6, "1": 7 };

/** The European level (3–8) and libellé of a formation, from the export's niveau RNCP cells. */
export function mapNiveau(valeur: string, libelle: string): NiveauDoc | null {
  if (!valeur && !libelle) return null;
  const fromLibelle = /niveau\s+([1-8])\b/i.exec(libelle);
  const europeen = fromLibelle ? Number(fromLibelle[1]) : (EUROPEEN_PAR_NIVEAU_FRANCAIS[valeur] ?? null);
  return { europeen, libelle: libelle || (europeen ? `niveau ${europeen}` : "non renseigné"), valeurSource: valeur || null };
}

export type ParsedFormation = { record: Record<string, unknown> } | { error: string };

/** Maps one export row (CSV or API JSON, keys from fieldKey) to a formation record, or says why it is rejected. */
export function parseFormation(fields: Record<string, string>): ParsedFormation {
  const url = pick(fields, "lien_site_onisep_fr", "url_et_id_onisep", "url");
  const id = onisepIdFromUrl(url, "FOR") ?? (/^FOR\.\d{1,6}$/.test(pick(fields, "identifiant", "id")) ? pick(fields, "identifiant", "id") : null);
  if (!id) return { error: `no FOR.nnnn id in the onisep.fr link "${url}"` };
  const libelle = pick(fields, "libelle_formation_principal", "libelle_formation");
  if (!libelle) return { error: `${id}: empty libellé` };
  const codeRncp = pick(fields, "code_rncp");
  if (codeRncp && !/^\d{1,6}$/.test(codeRncp)) return { error: `${id}: code RNCP "${codeRncp}" is not a number` };
  const domaines = splitDomaines(pick(fields, "domaine_sous_domaine", "domainesous_domaine"));
  const typeSigle = orNull(pick(fields, "sigle_type_formation"));
  const typeLibelle = orNull(pick(fields, "libelle_type_formation"));
  return {
    record: {
      id,
      libelle,
      sigle: orNull(pick(fields, "sigle_formation")) ?? typeSigle,
      type: typeSigle || typeLibelle ? { sigle: typeSigle, libelle: typeLibelle } : null,
      duree: orNull(pick(fields, "duree")),
      codeRncp: codeRncp || null,
      codeCnis: orNull(pick(fields, "code_cnis")),
      niveau: mapNiveau(pick(fields, "niveau_rncp", "niveau_de_certification"), pick(fields, "libelle_niveau_rncp", "libelle_niveau_de_certification")),
      tutelle: orNull(pick(fields, "tutelle")),
      domaines,
      urlOnisep: url.replace(/^http:/, "https:"),
      // The export carries no ROME code: métiers are linked through sous-domaines until a crosswalk gives codes.
      codesRome: [],
    },
  };
}
