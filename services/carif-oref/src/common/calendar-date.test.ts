import { isCalendarDate } from "./calendar-date";

describe("calendar dates of sessions", () => {
  it("accepts real days only, written YYYY-MM-DD", () => {
    expect(isCalendarDate("2027-02-28")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    // The day after 28 February 2027 does not exist; LHEO's own YYYYMMDD form must be converted first.
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("20270228")).toBe(false);
    expect(isCalendarDate("2027-2-8")).toBe(false);
  });
});
