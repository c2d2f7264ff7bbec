import { seedIfEmpty } from "@prisme/common";
import type { CarifOrefModels } from "../context";
import offres from "./offres.json";

const provenance = { producteur: "Carif-Oref", jeuDeDonnees: "Prisme — données de démonstration" };

/** The demonstration continuing-education offers (invented Auvergne offers on real ROME codes). */
export async function seedCarifOrefDemo(models: CarifOrefModels): Promise<number> {
  return seedIfEmpty(models.Offre, offres, provenance);
}
