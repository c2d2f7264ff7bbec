import { SlotValues } from "./slot-values";

describe("SlotValues", () => {
  it("keeps each record's values through many updates and removals (the pool compacted on the way)", () => {
    const values = new SlotValues();
    const expected = new Map<number, string[]>();
    const codes = (slot: number, round: number) => Array.from({ length: (slot + round) % 6 }, (_, i) => `C${(slot * 7 + round * 3 + i) % 40}`);
    // 3,000 records with up to five codes, rewritten 40 times, one in five removed each round: far more
    // numbers written than the pool holds, so it is compacted many times.
    for (let round = 0; round < 40; round += 1) {
      for (let slot = 0; slot < 3000; slot += 1) {
        if ((slot + round) % 5 === 0) {
          values.clear(slot);
          expected.delete(slot);
        } else {
          values.set(slot, codes(slot, round));
          expected.set(slot, codes(slot, round));
        }
      }
      const wrong = [...Array(3000).keys()].filter((slot) => values.valuesAt(slot).join() !== (expected.get(slot) ?? []).join());
      expect({ round, wrong: wrong.slice(0, 3) }).toEqual({ round, wrong: [] });
    }
    const mask = values.mask(["C3", "C17", "unknown"]);
    const tally = new Uint32Array(values.names.length);
    const counts = new Map<string, number>();
    for (let slot = 0; slot < 3001; slot += 1) {
      const has = expected.get(slot) ?? [];
      expect(values.valuesAt(slot)).toEqual(has);
      expect(values.matches(slot, mask)).toBe(has.includes("C3") || has.includes("C17"));
      values.count(slot, tally);
      for (const code of has) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const [code, count] of counts) expect(tally[values.ids.get(code)!]).toBe(count);
    expect(tally.reduce((sum, n) => sum + n, 0)).toBe([...counts.values()].reduce((sum, n) => sum + n, 0));
  });

  it("answers for slots never set", () => {
    const values = new SlotValues();
    values.set(2, ["a", "b"]);
    expect(values.valuesAt(5000)).toEqual([]);
    expect(values.matches(5000, values.mask(["a"]))).toBe(false);
    expect(values.valuesAt(1)).toEqual([]);
    expect(values.valuesAt(2)).toEqual(["a", "b"]);
  });
});
