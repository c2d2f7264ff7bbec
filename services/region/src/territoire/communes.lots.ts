import type { Provenance } from "@prisme/common";
import type { CommuneDoc } from "../commune/commune.model";
import { decoderLot, type LotCodec, type LotDoc } from "./lots";

/**
 * The collection of current communes, one lot per département (keyed by its INSEE code), each
 * commune a line `[code, nom, codesPostaux, population]` (see lots.ts for why lots).
 */
export const COMMUNES_PAR_DEPARTEMENT = "communes_par_departement";

/** A commune as a loader writes it (its lot gives the département and the provenance). */
export type CommuneLue = Pick<CommuneDoc, "code" | "nom" | "codesPostaux" | "population">;

export const communeCodec: LotCodec<CommuneLue> = {
  cle: (c) => c.code,
  ligne: (c) => [c.code, c.nom, c.codesPostaux, c.population],
  lire: ([code, nom, codesPostaux, population]) => ({
    code: String(code),
    nom: String(nom),
    codesPostaux: Array.isArray(codesPostaux) ? codesPostaux.map(String) : [],
    population: typeof population === "number" ? population : null,
  }),
};

/** The communes of a stored lot, each with its département (the lot's key) and the lot's provenance. */
export function communesDuLot(doc: LotDoc): CommuneDoc[] {
  const provenance: Provenance = doc.provenance;
  return decoderLot(communeCodec, doc).map((c) => ({ _id: c.code, ...c, codeDepartement: doc._id, provenance }));
}
