import { ImportFormatError, readXmlItems, type ImportReport, type ProgressSink } from "@prisme/common";
import { CFD } from "../bcn-mef/bcn-mef.parser";
import { cite } from "../common/cite";

const FOR_ID = /^FOR\.\d+$/;
const CHAMP_CFD = "ci_code_scolarite";
const CHAMP_FOR = "ideo_identifiant_formation";

/**
 * The diploma (CFD) → Onisep formation (FOR id) links of the Onisep table de passage (XML:
 * Certif Info ↔ RNCP ↔ CFD ↔ FOR, one `<item>` per certification). An item without both codes
 * links nothing and is skipped; a malformed code is rejected with its item. A file with no item
 * carrying those elements is not the table de passage, and is refused before anything is written.
 */
export async function liensTableDePassage(path: string, report: ImportReport, progress: ProgressSink): Promise<Map<string, Set<string>>> {
  const liens = new Map<string, Set<string>>();
  let reconnu = false;
  for (const { where, fields: champs } of await readXmlItems(path, { progress, label: "cfd-onisep" })) {
    report.read += 1;
    reconnu ||= CHAMP_CFD in champs && CHAMP_FOR in champs;
    const cfd = (champs[CHAMP_CFD] ?? "").toUpperCase();
    const id = champs[CHAMP_FOR] ?? "";
    if (!cfd || !id) continue;
    const ici = `${where} (Certif Info ${(champs.certif_info_ci_identifiant ?? "?").slice(0, 12)})`;
    if (!CFD.test(cfd)) report.reject(ici, `${CHAMP_CFD} ${cite(cfd)} is not an 8-character diploma code`);
    else if (!FOR_ID.test(id)) report.reject(ici, `${CHAMP_FOR} ${cite(id)} is not an Onisep formation id (FOR.nnnn)`);
    else liens.set(cfd, (liens.get(cfd) ?? new Set()).add(id));
  }
  if (!reconnu) throw new ImportFormatError(path, `no <item> has <${CHAMP_CFD}> and <${CHAMP_FOR}>: not the Onisep table de passage`);
  return liens;
}
