import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export interface RomeRef {
  code: string;
  libelle: string;
}

export interface CertificationRef {
  code: string;
  libelle: string;
  codeRncp: string | null;
  codesRome: string[];
  formacode: string | null;
  nsf: string | null;
  niveau: string | null;
}

export interface CommuneRef {
  code: string;
  nom: string;
  codePostal: string;
  latitude: number;
  longitude: number;
}

export interface Referentiels {
  romes: RomeRef[];
  certifications: CertificationRef[];
  communes: CommuneRef[];
}

// Certif Info never quotes its fields yet holds literal quotes (Test Bright Anglais "level A"): quoting off for it.
const rows = (path: string, delimiter: string, quote = true) =>
  parse(readFileSync(path), { columns: true, delimiter, bom: true, skip_empty_lines: true, relax_column_count: true, quote: quote ? '"' : false }) as Record<string, string>[];

/**
 * Reads the real referentials under a data folder laid out like ../shared/data: ROME 4.0 fiches,
 * Certif Info certifications (published ones with ROME codes) and La Poste commune centres of the
 * given départements. Sorted by code so the feed does not depend on file order.
 */
export function loadReferentiels(dataDir: string, departements: readonly string[]): Referentiels {
  const romes = rows(join(dataDir, "rome", "rome_4.0_fiches.csv"), ",").map((r) => ({ code: r.code_rome, libelle: r.libelle_rome }));
  const certifications = rows(join(dataDir, "carif-oref", "certif_info.csv"), ";", false)
    .filter((r) => r.Etat === "0" && r.Code_Rome_1)
    .map((r) => ({
      code: r.Code_Diplome,
      libelle: r.Libelle_Diplome.slice(0, 255),
      codeRncp: r.Code_RNCP || null,
      codesRome: [1, 2, 3, 4, 5].map((i) => r[`Code_Rome_${i}`]).filter((c) => /^[A-N]\d{4}$/.test(c)),
      formacode: /^\d{5}$/.test(r.Code_FormaCode) ? r.Code_FormaCode : null,
      nsf: /^\d{3}$/.test(r.Code_Nsf) ? r.Code_Nsf : null,
      niveau: r.Code_Niveau_Europeen || null,
    }))
    .filter((c) => c.codesRome.length > 0);
  const communes = new Map<string, CommuneRef>();
  for (const r of rows(join(dataDir, "region", "laposte_hexasmal_2020.csv"), ";")) {
    const code = r.Code_commune_INSEE;
    if (communes.has(code) || !departements.some((d) => code.startsWith(d))) continue;
    const [lat, lon] = (r.coordonnees_gps ?? "").split(",").map(Number);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !r.coordonnees_gps) continue;
    communes.set(code, { code, nom: r.Nom_commune, codePostal: r.Code_postal, latitude: lat, longitude: lon });
  }
  const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : 1);
  return { romes: romes.sort(byCode), certifications: certifications.sort(byCode), communes: [...communes.values()].sort(byCode) };
}
