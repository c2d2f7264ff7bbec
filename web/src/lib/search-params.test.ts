import { cursorParam, dateParam, enumListParam, intParam, numberParam, ouiNonParam, textParam, withParams } from "./search-params";

describe("reading URL parameters one by one", () => {
  it("ignores a malformed value and keeps the others", () => {
    const raw = { niveau: "abc", q: "boulanger", debut: "2026-02-30", types: ["LYCEE", "NAWAK", "CIO"] };
    expect(intParam(raw, "niveau", 3, 8)).toBeUndefined();
    expect(textParam(raw, "q", 100)).toEqual({ value: "boulanger", cut: false });
    expect(dateParam(raw, "debut")).toBeUndefined();
    expect(enumListParam(raw, "types", ["CIO", "LYCEE", "COLLEGE"] as const)).toEqual(["CIO", "LYCEE"]);
  });

  it("cuts an over-long text at the limit, whole characters, and says so", () => {
    const long = "é".repeat(150);
    expect(textParam({ q: long }, "q", 100)).toEqual({ value: "é".repeat(100), cut: true });
    expect(textParam({ q: "  deux   mots " }, "q", 100)).toEqual({ value: "deux mots", cut: false });
  });

  it("accepts numbers within bounds only", () => {
    expect(intParam({ n: "5" }, "n", 3, 8)).toBe(5);
    expect(intParam({ n: "9" }, "n", 3, 8)).toBeUndefined();
    expect(numberParam({ lat: "45.7856" }, "lat", -90, 90)).toBe(45.7856);
    expect(numberParam({ lat: "91" }, "lat", -90, 90)).toBeUndefined();
    expect(numberParam({ lat: "1e3" }, "lat", -90, 90)).toBeUndefined();
  });

  it("reads oui/non, real days and printable cursors", () => {
    expect(ouiNonParam({ a: "oui", b: "non", c: "peut-être" }, "a")).toBe(true);
    expect(ouiNonParam({ b: "non" }, "b")).toBe(false);
    expect(ouiNonParam({ c: "peut-être" }, "c")).toBeUndefined();
    expect(dateParam({ d: "2026-09-14" }, "d")).toBe("2026-09-14");
    expect(cursorParam({ apres: "o:20" }, "apres")).toBe("o:20");
    expect(cursorParam({ apres: "<script>" }, "apres")).toBeUndefined();
  });

  it("writes links without empty values, repeating lists", () => {
    expect(withParams("/recherche", { q: "bts", type: undefined, t: ["A", "B"], vide: "" })).toBe("/recherche?q=bts&t=A&t=B");
    expect(withParams("/recherche", {})).toBe("/recherche");
  });
});
