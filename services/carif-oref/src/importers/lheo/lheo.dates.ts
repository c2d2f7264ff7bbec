import { PrecisionDate } from "../../offre/precision-date.enum";

export interface LheoDate {
  /** YYYY-MM-DD, or null when LHEO says 00000000 (unknown). */
  date: string | null;
  precision: PrecisionDate | null;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Reads an LHEO date (basic_date): AAAAMMJJ, AAAAMM00 (a month), AAAA0000 (a year) or 00000000
 * (unknown). A month or year becomes its first day for a start and its last day for an end, so
 * that "starts after" and "ends before" filters keep their meaning. Returns null when malformed.
 */
export function parseLheoDate(raw: string, bound: "debut" | "fin"): LheoDate | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year === 0 && month === 0 && day === 0) return { date: null, precision: null };
  if (year === 0 || month > 12) return null;
  if (month === 0) {
    if (day !== 0) return null;
    return { date: bound === "debut" ? `${year}-01-01` : `${year}-12-31`, precision: PrecisionDate.ANNEE };
  }
  if (day === 0) {
    return { date: `${year}-${pad(month)}-${pad(bound === "debut" ? 1 : lastDayOfMonth(year, month))}`, precision: PrecisionDate.MOIS };
  }
  if (day > lastDayOfMonth(year, month)) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: PrecisionDate.JOUR };
}
