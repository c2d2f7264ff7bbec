/** A calendar day written YYYY-MM-DD: sorts like the dates it names, and carries no time zone. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a YYYY-MM-DD string that names a real day (2027-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  // Date.UTC rolls 2027-02-30 over to 2027-03-02; a real day reads back unchanged.
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
