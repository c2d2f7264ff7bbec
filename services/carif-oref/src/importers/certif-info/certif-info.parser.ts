import type { CsvRow } from "@prisme/common";
import type { CertificationDoc } from "../../certification/certification.model";
import { normalizeRncp } from "../../common/rncp";

export const CERTIF_INFO_COLUMNS = ["Code_Diplome", "Libelle_Diplome", "Code_Niveau_Europeen", "Code_FormaCode", "Code_Rome_1", "Code_Nsf", "Code_RNCP", "codeIdeo2", "Etat"];

export type CertificationRecord = Omit<CertificationDoc, "provenance" | "_id" | "empreinte">;

const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

/** Maps one Certif Info row; throws a reason when the row cannot make a certification. */
export function parseCertifInfoRow({ values: v }: CsvRow): CertificationRecord {
  if (!/^\d{1,7}$/.test(v.Code_Diplome)) throw new Error(`Code_Diplome "${v.Code_Diplome}" is not a Certif Info code (digits)`);
  if (!v.Libelle_Diplome) throw new Error("Libelle_Diplome is empty");
  const rncp = orNull(v.Code_RNCP);
  if (rncp && !normalizeRncp(rncp)) throw new Error(`Code_RNCP "${rncp}" is not an RNCP number`);
  // codeIdeo2 also holds Onisep dispositif types (TYPDISP.17): only FOR ids join onisep's formations.
  const ideo = orNull(v.codeIdeo2);
  return {
    id: v.Code_Diplome,
    libelle: v.Libelle_Diplome,
    typeDiplome: orNull(v.Libelle_Type_Diplome),
    niveau: orNull(v.Code_Niveau_Europeen),
    codesRome: [1, 2, 3, 4, 5].map((i) => v[`Code_Rome_${i}`]).filter((c): c is string => !!c && /^[A-N]\d{4}$/.test(c)),
    formacodes: orNull(v.Code_FormaCode) ? [v.Code_FormaCode] : [],
    codesNsf: orNull(v.Code_Nsf) ? [v.Code_Nsf] : [],
    codeRncp: normalizeRncp(rncp),
    codeRs: orNull(v.Code_RS),
    codeCfd: orNull(v["Code_Scolarité"]),
    idsFormationOnisep: ideo && /^FOR\.\d+$/.test(ideo) ? [ideo] : [],
    certificateur: orNull(v.certificateur),
    valideur: orNull(v.valideur),
    etat: orNull(v.Etat),
    etatLibelle: orNull(v.Etat_Libelle),
  };
}
