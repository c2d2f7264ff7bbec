import { fold, ImportReport, readCsv, type EncodingOption, type Importer, type ProgressSink } from "@prisme/common";
import type { RegionModels } from "../../context";
import { CODE_COMMUNE } from "../../common/identifiers";
import { PublicStructure, TypeStructure } from "../../structure/structure.enum";
import type { StructureRecord } from "../../structure/structure.model";
import { toutesLesCommunes, type CommuneRepere } from "../communes-stockees";
import { ecrireStructures, sansHorairesNiContacts } from "../structures.common";
import { cite } from "../cite";

export const SOURCE = "mission-locale-couverture";
const PROVENANCE = { producteur: "UNML", jeuDeDonnees: "Zones de couverture des Missions locales" };
const COL = { commune: "Code INSEE", code: "Code ML", nom: "Nom Officiel ML", adresse: "Adresse ML", cp: "Code Postal ML", ville: "Ville ML" };

/**
 * One line per commune covered: the Missions locales are grouped by their code ML, each with the
 * communes it covers. Its own commune is found from its postal code and town name; it is placed
 * at that commune's centre (the file gives no point).
 */
export async function importCouverture(store: RegionModels, file: string, progress?: ProgressSink, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport(SOURCE, file);
  const parML = new Map<string, { nom: string; adresse: string; cp: string; ville: string; communes: Set<string> }>();
  for await (const { line, values } of readCsv(file, { required: Object.values(COL), progress, label: SOURCE, rejects: report, encoding })) {
    const code = values[COL.code];
    const commune = values[COL.commune];
    if (!code) {
      report.reject(`line ${line}`, "no Code ML");
      continue;
    }
    if (!CODE_COMMUNE.test(commune)) {
      report.reject(`line ${line}`, `${cite(commune)} is not an INSEE commune code`);
      continue;
    }
    const ml = parML.get(code) ?? { nom: values[COL.nom], adresse: values[COL.adresse], cp: values[COL.cp], ville: values[COL.ville], communes: new Set<string>() };
    ml.communes.add(commune);
    parML.set(code, ml);
  }
  const parCodePostal = new Map<string, CommuneRepere[]>();
  for (const commune of await toutesLesCommunes(store)) {
    for (const cp of commune.codesPostaux) parCodePostal.set(cp, [...(parCodePostal.get(cp) ?? []), commune]);
  }
  const records: StructureRecord[] = [];
  for (const [code, ml] of parML) {
    const avecCp = parCodePostal.get(ml.cp) ?? [];
    const siege = avecCp.find((c) => c.nomPlie === fold(ml.ville)) ?? avecCp[0];
    records.push({
      _id: `ml-${code}`,
      id: `ml-${code}`,
      type: TypeStructure.MISSION_LOCALE,
      nom: ml.nom,
      adresse: [ml.adresse, [ml.cp, ml.ville].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null,
      codeCommune: siege?._id ?? null,
      codeDepartement: siege?.codeDepartement ?? null,
      coordonnees: null,
      publics: [PublicStructure.JEUNES_16_25],
      services: [],
      communesCouvertes: [...ml.communes].sort(),
      uai: null,
      ...sansHorairesNiContacts(),
    });
  }
  report.read = records.length;
  await ecrireStructures(store, records, PROVENANCE, report, progress);
  return report;
}

export const missionLocaleCouvertureImporter: Importer<RegionModels> = {
  description: "UNML coverage zones of the Missions locales (CSV ;, one line per commune covered: Code INSEE, Code ML, Nom Officiel ML, Adresse ML…)",
  run: (store, file, { progress, encoding }) => importCouverture(store, file, progress, encoding),
};
