import type { LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import type { MefDoc } from "../mef/mef.model";
import type { OffreDoc } from "./offre.model";

/** How an offer reads once decoded: BCN MEF → CFD → Onisep FOR ids (any link may be missing). */
export interface OffreDecodee {
  mef: MefDoc | null;
  cfd: string | null;
  formationIds: string[];
}

/** Decodes one offer with the MEF row of its MEFSTAT11 and the links of its CFD (of each source that has some). */
export function decodeOffre(offre: Pick<OffreDoc, "formationIds">, mef: MefDoc | null, liens: readonly (LienCfdOnisepDoc | undefined)[]): OffreDecodee {
  const ids = new Set([...(offre.formationIds ?? []), ...liens.flatMap((lien) => lien?.formationIds ?? [])]);
  return { mef, cfd: mef?.cfd ?? null, formationIds: [...ids].sort() };
}
