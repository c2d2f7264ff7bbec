import type { LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import type { MefDoc } from "../mef/mef.model";
import type { OffreDoc } from "../offre/offre.model";

/** The Onisep FOR ids each établissement teaches, from its offers decoded through BCN MEF and Certif Info. */
export function formationIdsParUai(
  offres: Pick<OffreDoc, "uai" | "mefStat11" | "formationIds">[],
  mefs: Pick<MefDoc, "mefStat11" | "cfd">[],
  liens: Pick<LienCfdOnisepDoc, "cfd" | "formationIds">[],
): Map<string, string[]> {
  const cfdParMef = new Map(mefs.map((m) => [m.mefStat11, m.cfd]));
  const idsParCfd = new Map(liens.map((l) => [l.cfd, l.formationIds]));
  const parUai = new Map<string, Set<string>>();
  for (const offre of offres) {
    const ids = parUai.get(offre.uai) ?? new Set<string>();
    for (const id of offre.formationIds ?? []) ids.add(id);
    const cfd = offre.mefStat11 ? cfdParMef.get(offre.mefStat11) : undefined;
    for (const id of (cfd && idsParCfd.get(cfd)) || []) ids.add(id);
    parUai.set(offre.uai, ids);
  }
  return new Map([...parUai].map(([uai, ids]) => [uai, [...ids]]));
}
