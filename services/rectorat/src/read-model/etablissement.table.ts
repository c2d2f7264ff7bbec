import { fold, type TableSpec } from "@prisme/common";
import type { EtablissementEntree } from "./etablissement.entree";

/** The order of every list of établissements: by name (accents and case aside), then UAI. */
const PAR_NOM = "nom";

/**
 * The établissements as the read model holds them: searched by name, filtered by the dimensions
 * of `etablissements(…)` and by what they teach (the reverse link of Formation.etablissements),
 * placed by their coordinates for "near me".
 */
export const etablissementTable: TableSpec<EtablissementEntree> = {
  key: (e) => e.uai,
  text: { fields: { nom: { of: (e) => e.nom } }, titles: (e) => [e.nom] },
  keywords: {
    type: (e) => e.type ?? null,
    secteur: (e) => e.secteur ?? null,
    etat: (e) => e.etat ?? null,
    codeCommune: (e) => e.codeCommune ?? null,
    codeDepartement: (e) => e.codeDepartement ?? null,
    codeAcademie: (e) => e.codeAcademie ?? null,
    voie: (e) => e.voies ?? [],
    // Unknown counts as no: "apprentissage: false" lists those not known to train apprentices.
    apprentissage: (e) => e.apprentissage === true,
    internat: (e) => e.hebergement === true,
    // As for apprentissage: unknown (a collège, a CIO) counts as no.
    ecoleMaternelle: (e) => e.ecoleMaternelle === true,
    ecoleElementaire: (e) => e.ecoleElementaire === true,
    educationPrioritaire: (e) => e.educationPrioritaire ?? null,
    ulis: (e) => e.ulis === true,
    formationId: (e) => e.formationIds,
    enseignement: (e) => e.enseignements,
  },
  orders: { [PAR_NOM]: (e) => fold(e.nom) },
  points: (e) => (e.coordonnees ? [e.coordonnees] : []),
};
