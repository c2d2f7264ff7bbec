import { formatDay, formatDistance, formatInstant, plural, todayInParis } from "./format";

describe("French formats", () => {
  it("writes days, instants in Paris time, distances and counts", () => {
    expect(formatDay("2026-09-14")).toBe("14 septembre 2026");
    expect(formatDay(null)).toBeUndefined();
    // 08:00Z in December is 09:00 in Paris.
    expect(formatInstant("2026-12-09T08:00:00.000Z")).toBe("mercredi 9 décembre 2026 à 09:00");
    expect(formatDistance(3.24)).toBe("à 3,2 km");
    expect(formatDistance(47.4)).toBe("à 47 km");
    expect(formatDistance(0.02)).toBe("à moins de 100 m");
    expect(formatDistance(null)).toBeUndefined();
    expect(plural(1, "métier")).toBe("1 métier");
    expect(plural(1043, "métier")).toBe("1\u202f043 métiers");
  });

  it("knows the day in Paris around midnight UTC", () => {
    expect(todayInParis(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });
});
