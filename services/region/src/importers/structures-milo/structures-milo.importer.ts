import { ImportReport, type EncodingOption, type Importer, type ProgressSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { PublicStructure, TypeStructure } from "../../structure/structure.enum";
import type { StructureRecord } from "../../structure/structure.model";
import { communesParCode } from "../communes-stockees";
import { codeDepartementDe, ecrireStructures, readJsonArray, sansHorairesNiContacts } from "../structures.common";
import { cite } from "../cite";

export const SOURCE = "structures-milo";
const PROVENANCE = { producteur: "UNML", jeuDeDonnees: "Référentiel des structures Mission locale (pass-emploi)" };
// The structure code is the INSEE code of the Mission locale's seat followed by S and two digits.
const ID = /^(\d{5}|2[AB]\d{3})S\d{2}$/;

/** The national referential of the Missions locales: each is placed at the centre of the commune its code starts with. */
export async function importStructuresMilo(store: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const raw = await readJsonArray(file, ["id", "nom_officiel", "code_departement"], encoding);
  const valid = raw.map((item) => (typeof item.id === "string" ? item.id.trim() : "")).filter((id) => ID.test(id));
  const communes = await communesParCode(store, valid.map((id) => id.slice(0, 5)));
  const records: StructureRecord[] = [];
  for (const [i, item] of raw.entries()) {
    report.read += 1;
    const id = typeof item.id === "string" ? item.id.trim() : "";
    const nom = [item.nom_usuel, item.nom_officiel].find((n): n is string => typeof n === "string" && n.trim() !== "")?.trim();
    if (!ID.test(id)) {
      report.reject(`record ${i + 1}`, `id ${cite(String(item.id))} is not an INSEE code followed by S and two digits`);
      continue;
    }
    if (!nom) {
      report.reject(`record ${i + 1} (id ${id})`, "no nom_usuel nor nom_officiel");
      continue;
    }
    // A seat that is no stored commune (the referential's technical entries, 99994S00): kept with its
    // code, which resolves to no commune and gives no point.
    const codeCommune = id.slice(0, 5);
    const commune = communes.get(codeCommune);
    records.push({
      _id: `milo-${id}`,
      id: `milo-${id}`,
      type: TypeStructure.MISSION_LOCALE,
      nom,
      adresse: null,
      codeCommune,
      codeDepartement: commune?.codeDepartement ?? codeDepartementDe(item.code_departement),
      coordonnees: null,
      publics: [PublicStructure.JEUNES_16_25],
      services: [],
      communesCouvertes: [],
      uai: null,
      ...sansHorairesNiContacts(),
    });
  }
  await ecrireStructures(store, records, PROVENANCE, report, progress);
  return report;
}

export const structuresMiloImporter: Importer<RegionModels> = {
  description: "Missions locales, national referential (JSON array: id = INSEE code + S00, nom_officiel, nom_usuel, code_departement), placed at their commune's centre",
  run: (store, file, { progress, encoding }) => importStructuresMilo(store, file, progress, encoding),
};
