import { EducationPrioritaire } from "../../etablissement/etablissement.enum";
import type { EtablissementChamps } from "../../etablissement/etablissement.model";
import { dateIso, drapeau, nombre, plat, texte } from "../common/values";

/** "REP", "REP+" (any case); anything else (empty, "Hors EP") is no network. */
function educationPrioritaire(value: string | undefined): EducationPrioritaire | null {
  const folded = plat(value).replace(/\s+/g, "");
  return folded === "rep" ? EducationPrioritaire.REP : folded === "rep+" ? EducationPrioritaire.REP_PLUS : null;
}

/** A code and its label, or null when the row has neither (a vintage without the columns). */
const renseigne = <T extends Record<string, string | null>>(value: T): T | null => (Object.values(value).some((v) => v !== null) ? value : null);

/**
 * What the Annuaire says beyond identity and address (keys in lower case, so the 69-column export
 * of 2023 and the newer layout, CSV or API JSON, read alike): a primary school's levels, éducation
 * prioritaire, ULIS, circonscription, bassin de formation, ministère, dates and position precision.
 * A column a vintage lacks gives null ("the source does not say").
 */
export function detailsAnnuaire(row: Record<string, string>): EtablissementChamps {
  const eleves = nombre(row.nombre_d_eleves);
  return {
    ecoleMaternelle: drapeau(row.ecole_maternelle),
    ecoleElementaire: drapeau(row.ecole_elementaire),
    educationPrioritaire: educationPrioritaire(row.appartenance_education_prioritaire),
    ulis: drapeau(row.ulis),
    circonscription: renseigne({ code: texte(row.code_circonscription), nom: texte(row.nom_circonscription) }),
    bassinFormation: renseigne({ code: texte(row.code_bassin_formation), libelle: texte(row.libelle_bassin_formation) }),
    ministereTutelle: texte(row.ministere_tutelle),
    dateMiseAJour: dateIso(row.date_maj_ligne),
    precisionLocalisation: texte(row.precision_localisation),
    nombreEleves: typeof eleves === "number" && eleves >= 0 ? Math.round(eleves) : null,
  };
}
