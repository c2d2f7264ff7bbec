import { seedIfEmpty } from "@prisme/common";
import type { OnisepModels } from "../context";
import formations from "./formations.json";
import metiers from "./metiers.json";

const provenance = { producteur: "Onisep", jeuDeDonnees: "Prisme — données de démonstration" };

/** The demonstration métiers and formations (real Onisep ids and ROME codes, a small subset). */
export async function seedOnisepDemo(models: OnisepModels): Promise<number> {
  return (await seedIfEmpty(models.Metier, metiers, provenance)) + (await seedIfEmpty(models.Formation, formations, provenance));
}
