// How numbers, dates and distances read in French. Dates of the graph are instants (events) or
// days (sessions); both are shown in Europe/Paris, where they happen.

const TIME_ZONE = "Europe/Paris";

const dayFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const instantFormat = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
const instantDayFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("fr-FR");

/** "2026-09-14" → "14 septembre 2026"; null → undefined. */
export function formatDay(day: string | null | undefined): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "2027-09" → "septembre 2027". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

/** An instant as a date and time in Paris: "mercredi 9 décembre 2026 à 09:00". */
export function formatInstant(instant: string): string {
  return instantFormat.format(new Date(instant));
}

/** An instant's day in Paris: "9 décembre 2026". */
export function formatInstantDay(instant: string): string {
  return instantDayFormat.format(new Date(instant));
}

/** "à 3,2 km" under 10 km, "à 47 km" beyond, "à moins de 100 m" under 100 m. */
export function formatDistance(km: number | null | undefined): string | undefined {
  if (km === null || km === undefined || !Number.isFinite(km)) return undefined;
  if (km < 0.1) return "à moins de 100 m";
  return `à ${km < 10 ? decimal.format(km) : whole.format(Math.round(km))} km`;
}

/** 1234 → "1 234" (with the French narrow no-break space). */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** "1 métier", "3 métiers". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count > 1 ? pluralForm : singular}`;
}

/** Today in Paris, YYYY-MM-DD. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
