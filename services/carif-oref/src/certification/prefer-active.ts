import type { CertificationDoc } from "./certification.model";

/** Several Certif Info codes may share one RNCP number: the active one (Certif Info state 0) first, then the lowest code. */
export function preferActive(certifications: readonly CertificationDoc[]): CertificationDoc | null {
  const sorted = [...certifications].sort((a, b) => Number(a.etat !== "0") - Number(b.etat !== "0") || Number(a.id) - Number(b.id));
  return sorted[0] ?? null;
}
