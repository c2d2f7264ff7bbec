import { readCsv, type EncodingOption, type ImportReport, type ProgressSink } from "@prisme/common";
import { CFD } from "../bcn-mef/bcn-mef.parser";
import { cite } from "../common/cite";

const FOR_ID = /^FOR\.\d+$/;

/** The Certif Info CSV's Code_Scolarité (CFD) → codeIdeo2 (FOR id) links; rows without both codes carry no link and are skipped. */
export async function liensCertifInfo(path: string, report: ImportReport, progress: ProgressSink, encoding?: EncodingOption): Promise<Map<string, Set<string>>> {
  const liens = new Map<string, Set<string>>();
  for await (const row of readCsv(path, { quotes: "relaxed", required: ["Code_Scolarité", "codeIdeo2"], progress, label: "cfd-onisep", rejects: report, encoding })) {
    report.read += 1;
    const cfd = row.values["Code_Scolarité"].toUpperCase();
    const id = row.values.codeIdeo2;
    if (!cfd || !id) continue;
    if (!CFD.test(cfd)) report.reject(`line ${row.line}`, `Code_Scolarité ${cite(cfd)} is not an 8-character diploma code`);
    else if (!FOR_ID.test(id)) report.reject(`line ${row.line}`, `codeIdeo2 ${cite(id)} is not an Onisep formation id (FOR.nnnn)`);
    else liens.set(cfd, (liens.get(cfd) ?? new Set()).add(id));
  }
  return liens;
}
