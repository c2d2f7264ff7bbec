import { uaiProblem } from "../../common/identifiers";
import { PopulationInsertion } from "../../insertion/insertion.enum";
import { cleInsertion, type InsertionDoc } from "../../insertion/insertion.model";
import { nombre, plat, texte } from "../common/values";
import { cite } from "../common/cite";

export const COLONNE_UAI = "n°UAI de l'établissement";
export const COLONNE_POPULATION = "Dont apprentis en EPLE";
export const COLONNES = [COLONNE_UAI, "Taux de poursuite d'études", "Taux", "Taux attendu", "Valeur ajoutée"];

const POPULATIONS: Record<string, PopulationInsertion> = {
  ensemble: PopulationInsertion.VOIE_PRO_ENSEMBLE,
  "dont apprentis": PopulationInsertion.VOIE_PRO_APPRENTIS,
  "dont eleves en voie pro sco": PopulationInsertion.VOIE_PRO_SCOLAIRES,
};

const TAUX = {
  tauxPoursuiteEtudes: "Taux de poursuite d'études",
  tauxEmploi6Mois: "Taux",
  tauxEmploi6MoisAttendu: "Taux attendu",
  valeurAjoutee: "Valeur ajoutée",
  partPoursuiteEtudes: "Part en poursuite d'études",
  partEmploi6Mois: "Part en emploi 6 mois après la sortie",
  partAutresSituations: "Part des autres situations",
} as const;

/** One indicator row as read, before the writer stamps its provenance. */
export type InsertionLue = Omit<InsertionDoc, "provenance">;

/** "2022_2023" or "2022-2023" in the file name: the DEPP writes the millésime there, not in the rows. */
export function millesimeDuFichier(path: string): string | null {
  const match = /(20\d{2})[_-](20\d{2})/.exec(path.split(/[\\/]/).pop() ?? "");
  return match ? `${match[1]}-${match[2]}` : null;
}

/**
 * One row of the DEPP file. The voie professionnelle file splits each lycée into "ensemble",
 * "dont apprentis" and "dont élèves en voie pro sco" rows; the apprentissage file has one row per CFA.
 */
export function lireInsertion(values: Record<string, string>, millesime: string): InsertionLue | { rejet: string } {
  const uai = values[COLONNE_UAI].toUpperCase();
  const probleme = uaiProblem(uai);
  if (probleme) return { rejet: probleme };
  let population = PopulationInsertion.APPRENTISSAGE;
  if (COLONNE_POPULATION in values) {
    const lue = POPULATIONS[plat(values[COLONNE_POPULATION]).replace(/^-\s*/, "")];
    if (!lue) return { rejet: `${uai}: population ${cite(values[COLONNE_POPULATION])} is not ensemble, dont apprentis or dont élèves en voie pro sco` };
    population = lue;
  }
  const record: Record<string, unknown> = { _id: cleInsertion(uai, millesime, population), uai, millesime, population, libelleEtablissement: texte(values["Libellé de l'établissement"]) };
  for (const [champ, colonne] of Object.entries(TAUX)) {
    const value = nombre(values[colonne]);
    if (value === undefined) return { rejet: `${uai}: ${cite(colonne)} is ${cite(values[colonne])}, neither a number nor nd` };
    record[champ] = value;
  }
  return record as unknown as InsertionLue;
}
