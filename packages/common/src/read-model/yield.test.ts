import { eachInSlices } from "./yield";

describe("eachInSlices", () => {
  it("does every item, in order, and lets timers run between slices of work", async () => {
    const done: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    try {
      await eachInSlices([1, 2, 3, 4, 5, 6, 7, 8], (item) => {
        const until = performance.now() + 4;
        while (performance.now() < until) {
          // busy: a record that costs 4 ms to apply
        }
        done.push(item);
      });
    } finally {
      clearInterval(timer);
    }
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ticks).toBeGreaterThan(0);
  });
});
