/** An RNCP number as this subgraph stores it: digits only (LHEO and Certif Info write 474, France Compétences RNCP474). */
export function normalizeRncp(value: string | null | undefined): string | null {
  if (!value) return null;
  const digits = value.trim().replace(/^RNCP/i, "");
  return /^\d{1,6}$/.test(digits) ? digits : null;
}
