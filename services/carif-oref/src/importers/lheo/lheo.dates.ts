import { PrecisionDate } from "../../offre/precision-date.enum";
import type { NodeReader } from "./lheo.node";

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

/**
 * Reads a datecrea/datemaj attribute: "date et heure au format ISO 8601" says the definition, and
 * feeds write 2026-11-02T10:00:00, 2026-11-02 or 20261102. Returns the day (YYYY-MM-DD), or
 * undefined when it is none of these (the caller warns and keeps null).
 */
export function parseLheoTimestamp(raw: string): string | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** The datecrea and datemaj attributes of a formation, action or session (null when absent or unreadable, with a warning). */
export function readTimestamps(reader: NodeReader): { dateCreation: string | null; dateMiseAJour: string | null } {
  const day = (attribute: string) => {
    const raw = reader.attr(attribute);
    if (raw === null || raw.trim() === "") return null;
    const parsed = parseLheoTimestamp(raw);
    if (parsed === undefined) reader.warnings.push({ line: reader.node.line, element: `${reader.node.name}/@${attribute}`, reason: `"${raw}" is not an ISO 8601 date: left out` });
    return parsed ?? null;
  };
  return { dateCreation: day("datecrea"), dateMiseAJour: day("datemaj") };
}
