import { seedIfEmpty } from "@prisme/common";
import type { CarifOrefModels } from "../context";
import certifications from "./certifications.json";
import offres from "./offres.json";
import organismes from "./organismes.json";

const provenance = { producteur: "Carif-Oref", jeuDeDonnees: "Prisme — données de démonstration" };

/**
 * The demonstration data: invented Auvergne offers and organismes (valid SIRET checksums) on real
 * ROME codes, INSEE communes and Certif Info certifications (copied from the real referential).
 */
export async function seedCarifOrefDemo(models: CarifOrefModels): Promise<number> {
  const counts = await Promise.all([
    seedIfEmpty(models.Offre, offres, provenance),
    seedIfEmpty(models.Organisme, organismes, provenance),
    seedIfEmpty(models.Certification, certifications, { producteur: "Réseau des Carif-Oref", jeuDeDonnees: "Certif Info (extrait de démonstration)" }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
