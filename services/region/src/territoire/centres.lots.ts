import type { CoordonneesDoc } from "@prisme/common";
import type { CentreDoc } from "../commune/commune.model";
import { decoderLot, type LotCodec, type LotDoc } from "./lots";

/**
 * The collection of the communes' centres, one lot per source and département (`laposte:63`,
 * `demo:63`), each centre a line `[code, latitude, longitude]`. Apart from the communes because
 * other sources publish them: each source writes its own lots with its own provenance, so a new
 * vintage of the territory never erases a centre, and La Poste's never erases the demonstration's.
 */
export const CENTRES_PAR_DEPARTEMENT = "centres_par_departement";

/** The sources of centres, the first preferred when two give a commune's centre. */
export const SOURCES_CENTRES = ["laposte", "demo"] as const;
export type SourceCentres = (typeof SOURCES_CENTRES)[number];

/** The key of a lot of centres. */
export const cleLotCentres = (source: SourceCentres, departement: string) => `${source}:${departement}`;

/** The source of a lot, from its key (an unknown one ranks last). */
export const sourceDuLot = (id: string) => id.slice(0, id.indexOf(":"));

/** A commune's centre as a loader writes it. */
export interface CentreLu {
  code: string;
  centre: CoordonneesDoc;
}

export const centreCodec: LotCodec<CentreLu> = {
  cle: (c) => c.code,
  ligne: (c) => [c.code, c.centre.latitude, c.centre.longitude],
  lire: ([code, latitude, longitude]) => ({ code: String(code), centre: { latitude: Number(latitude), longitude: Number(longitude) } }),
};

/** The centres of a stored lot, each with the lot's provenance. */
export const centresDuLot = (doc: LotDoc): CentreDoc[] => decoderLot(centreCodec, doc).map((c) => ({ _id: c.code, centre: c.centre, provenance: doc.provenance }));
