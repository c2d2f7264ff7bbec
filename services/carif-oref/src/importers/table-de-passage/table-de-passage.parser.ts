import { estIdentifiant, IDENTIFIANTS } from "@prisme/common";
import { normalizeRncp } from "../../common/rncp";
import type { PassageDoc } from "../../passage/passage.model";

/** The elements every <item> of the table de passage has (the file is refused without them). */
export const PASSAGE_FIELDS = ["certif_info_ci_identifiant", "ci_code_rncp", "ci_code_scolarite", "ideo_identifiant_formation"];

export type PassageRecord = Omit<PassageDoc, "_id" | "provenance">;

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const CFD = /^[0-9A-Z]{8}$/;

/** Maps one <item> of the table de passage; throws the reason when it cannot make a crosswalk row. */
export function parsePassage(fields: Record<string, string>): PassageRecord {
  const code = fields.certif_info_ci_identifiant ?? "";
  if (!estIdentifiant("codeCertifInfo", code)) throw new Error(`certif_info_ci_identifiant "${code}" is not a Certif Info code (digits)`);
  const rncp = orNull(fields.ci_code_rncp);
  if (rncp && !normalizeRncp(rncp)) throw new Error(`ci_code_rncp "${rncp}" is not an RNCP number`);
  const cfd = orNull(fields.ci_code_scolarite);
  if (cfd && !CFD.test(cfd)) throw new Error(`ci_code_scolarite "${cfd}" is not a CFD (eight digits or capitals)`);
  const formation = orNull(fields.ideo_identifiant_formation);
  if (formation && !IDENTIFIANTS.idFormation.motif.test(formation)) throw new Error(`ideo_identifiant_formation "${formation}" is not an Onisep FOR id`);
  const certifiant = orNull(fields.ci_certifiant);
  return {
    codeCertifInfo: code.trim(),
    codeRncp: normalizeRncp(rncp),
    codeCfd: cfd,
    idFormation: formation,
    libelleCertifInfo: orNull(fields.ci_intitule) ?? "",
    typeDiplome: orNull(fields.ci_intitule_type_diplome),
    niveauEuropeen: /^\d$/.test(fields.ci_niveau_europeen ?? "") ? fields.ci_niveau_europeen! : null,
    certifiant: certifiant === "Oui" ? true : certifiant === "Non" ? false : null,
    libelleRncp: orNull(fields.rncp_intitule),
    typeEnregistrementRncp: fields.rncp_type_enregistrement === "non applicable" ? null : orNull(fields.rncp_type_enregistrement),
    libelleCfd: orNull(fields.v_formation_diplome_libelle_long),
    libelleFormation: orNull(fields.ideo_libelle_complet_formation),
    statut: orNull(fields.statut),
  };
}
