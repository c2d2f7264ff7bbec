import { seedIfEmpty } from "@prisme/common";
import type { RectoratModels } from "../context";
import etablissements from "./etablissements.json";

const provenance = { producteur: "Rectorat de Clermont-Ferrand", jeuDeDonnees: "Prisme — données de démonstration" };

/**
 * The demonstration établissements: real UAIs and names (InserJeunes 2022-2023, Auvergne),
 * located at their commune's centre; the formations they teach are illustrative.
 */
export async function seedRectoratDemo(models: RectoratModels): Promise<number> {
  return seedIfEmpty(models.Etablissement, etablissements, provenance);
}
