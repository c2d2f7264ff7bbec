import departements from "@etalab/decoupage-administratif/data/departements.json";

const NOMS = new Map((departements as { code: string; nom: string }[]).map((d) => [d.code, d.nom]));

/** A département's name with its code, "Puy-de-Dôme (63)", from the official list (Etalab's package); the code alone when unknown. */
export function libelleDepartement(code: string): string {
  const nom = NOMS.get(code);
  return nom ? `${nom} (${code})` : code;
}
