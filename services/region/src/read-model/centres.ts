import type { CentreDoc } from "../commune/commune.model";
import { centresDuLot, SOURCES_CENTRES, sourceDuLot } from "../territoire/centres.lots";
import type { LotDoc } from "../territoire/lots";

/** What places a commune or a structure: the centre of a commune, by INSEE code. */
export interface CentresConnus {
  get(code: string): CentreDoc | undefined;
}

const rang = (source: string) => {
  const index = (SOURCES_CENTRES as readonly string[]).indexOf(source);
  return index < 0 ? SOURCES_CENTRES.length : index;
};

/**
 * The communes' centres of every source, from their lots: a commune's centre is that of the first
 * source in SOURCES_CENTRES that gives one (La Poste before the demonstration's). Kept current lot
 * by lot; each change says which communes it touched, so only they are placed again.
 */
export class Centres implements CentresConnus {
  /** Per source, the centres by INSEE code; sources in order of preference. */
  private parSource: [string, Map<string, CentreDoc>][] = [];
  private readonly codesDuLot = new Map<string, string[]>();

  get(code: string): CentreDoc | undefined {
    for (const [, centres] of this.parSource) {
      const centre = centres.get(code);
      if (centre) return centre;
    }
    return undefined;
  }

  /** How many communes have a centre, whatever its source. */
  get size(): number {
    const codes = new Set<string>();
    for (const [, centres] of this.parSource) for (const code of centres.keys()) codes.add(code);
    return codes.size;
  }

  /** Replaces a lot (null: it is gone); returns the INSEE codes whose centre may have changed. */
  appliquer(id: string, doc: LotDoc | null): string[] {
    const source = sourceDuLot(id);
    const centres = this.source(source);
    const avant = this.codesDuLot.get(id) ?? [];
    for (const code of avant) centres.delete(code);
    const apres = doc ? centresDuLot(doc) : [];
    for (const centre of apres) centres.set(centre._id, centre);
    if (doc) this.codesDuLot.set(id, apres.map((c) => c._id));
    else this.codesDuLot.delete(id);
    return [...new Set([...avant, ...apres.map((c) => c._id)])];
  }

  private source(name: string): Map<string, CentreDoc> {
    const known = this.parSource.find(([source]) => source === name);
    if (known) return known[1];
    const centres = new Map<string, CentreDoc>();
    this.parSource = [...this.parSource, [name, centres] as [string, Map<string, CentreDoc>]].sort((a, b) => rang(a[0]) - rang(b[0]));
    return centres;
  }
}
