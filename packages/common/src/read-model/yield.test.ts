import { timeSlicer } from "./yield";

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
