import { once } from "node:events";
import type { Writable } from "node:stream";
import { generateFormation } from "./formation.generator";
import { generateOrganismes } from "./organismes.generator";
import type { Referentiels } from "./referentiels";

export interface FeedOptions {
  offres: number;
  seed: number;
  version: "2.2" | "2.3";
  /** Leave out the offers whose index is a multiple of this (a "later" full feed without some offers); 0 keeps all. */
  sansMultiplesDe?: number;
  progress?: (written: number) => void;
}

const NAMESPACES = { "2.2": "http://www.lheo.org/2.2", "2.3": "http://lheo.gouv.fr/2.3" };

/** The numeros a feed with these options carries (what its import must hold, and not withdraw). */
export const generatedNumero = (seed: number, index: number) => `GEN${seed}-OF-${String(index).padStart(7, "0")}`;

/**
 * Writes a valid LHEO feed of `offres` offers to `out`, one formation at a time (memory stays flat
 * whatever the count), waiting for the stream to drain. The same options give the same bytes.
 */
export async function writeFeed(out: Writable, refs: Referentiels, options: FeedOptions): Promise<number> {
  const organismes = generateOrganismes(options.seed, Math.max(5, Math.ceil(options.offres / 25)), refs.communes);
  let written = 0;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="${NAMESPACES[options.version]}">\n<offres>\n`);
  for (let index = 1; index <= options.offres; index += 1) {
    if (options.sansMultiplesDe && index % options.sansMultiplesDe === 0) continue;
    await write(generateFormation(options.seed, index, refs, organismes));
    written += 1;
    if (written % 1000 === 0) options.progress?.(written);
  }
  await write("</offres>\n</lheo>\n");
  return written;
}
