import { eachInSlices, timeSlicer } from "./yield";

describe("timeSlicer", () => {
  it("lets waiting callbacks run during a long loop once its slice is spent, and not before", async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    const never = timeSlicer(60_000);
    for (let i = 0; i < 100; i += 1) await never();
    expect(ran).toBe(false);
    const always = timeSlicer(0);
    await always();
    expect(ran).toBe(true);
  });
});

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
