import { ImportReport, type EncodingOption, type Importer, type ProgressSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { PublicStructure, TypeStructure } from "../../structure/structure.enum";
import type { StructureRecord } from "../../structure/structure.model";
import { communeNommee, toutesLesCommunes } from "../communes-stockees";
import { codeDepartementDe, ecrireStructures, readJsonArray, sansHorairesNiContacts } from "../structures.common";

export const SOURCE = "agences-france-travail";
const PROVENANCE = { producteur: "France Travail", jeuDeDonnees: "Référentiel des agences (pass-emploi)" };

/**
 * The national referential of France Travail agencies: id, name and département only. The
 * agency is placed in the commune its name starts with ("Agence Pôle emploi THIERS" → Thiers),
 * at its centre; without such a commune it has no point and never shows in "near me" lists.
 */
export async function importAgencesFranceTravail(store: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const raw = await readJsonArray(file, ["id", "nom_agence", "code_departement"], encoding);
  const communes = await toutesLesCommunes(store);
  const departementDe = new Map(communes.map((c) => [c._id, c.codeDepartement]));
  const records: StructureRecord[] = [];
  for (const [i, item] of raw.entries()) {
    report.read += 1;
    const where = `record ${i + 1}`;
    const id = item.id;
    const nom = typeof item.nom_agence === "string" ? item.nom_agence.trim() : "";
    if ((typeof id !== "number" && typeof id !== "string") || String(id).trim() === "") {
      report.reject(where, "no id");
      continue;
    }
    if (!nom) {
      report.reject(`${where} (id ${String(id)})`, "no nom_agence");
      continue;
    }
    const departement = codeDepartementDe(item.code_departement);
    const lieu = nom.replace(/^agence\s+(p[oô]le\s+emploi|france\s+travail)\s*/i, "");
    const codeCommune = communeNommee(communes, lieu, departement);
    const structureId = `ft-${String(id).trim()}`;
    records.push({
      _id: structureId,
      id: structureId,
      type: TypeStructure.FRANCE_TRAVAIL,
      // Pôle emploi became France Travail on 1 January 2024; the referential still says Pôle emploi.
      nom: nom.replace(/p[oô]le\s+emploi/i, "France Travail"),
      adresse: null,
      codeCommune,
      codeDepartement: (codeCommune && departementDe.get(codeCommune)) ?? departement,
      coordonnees: null,
      publics: [PublicStructure.DEMANDEURS_D_EMPLOI, PublicStructure.ADULTES, PublicStructure.JEUNES_16_25],
      services: [],
      communesCouvertes: [],
      uai: null,
      ...sansHorairesNiContacts(),
    });
  }
  await ecrireStructures(store, records, PROVENANCE, report, progress);
  return report;
}

export const agencesFranceTravailImporter: Importer<RegionModels> = {
  description: "France Travail agencies, national referential (JSON array: id, nom_agence, code_departement), placed at their commune's centre",
  run: (store, file, { progress, encoding }) => importAgencesFranceTravail(store, file, progress, encoding),
};
