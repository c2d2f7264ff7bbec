import { seedIfEmpty } from "@prisme/common";
import { sousDomaineKeys, type DomaineSousDomaine } from "../common/text";
import type { OnisepModels } from "../context";
import domainesProfessionnels from "./domaines-professionnels.json";
import formations from "./formations.json";
import metiers from "./metiers.json";
import romes from "./romes.json";

const provenance = { producteur: "Onisep", jeuDeDonnees: "Prisme — données de démonstration" };
const romeProvenance = { producteur: "France Travail", jeuDeDonnees: "Prisme — données de démonstration (ROME 4.0)" };

// The keys linking métiers and formations by sous-domaine are derived, as the importers do.
const withKeys = <T extends { domaines: DomaineSousDomaine[] }>(records: T[]) => records.map((r) => ({ ...r, sousDomaineKeys: sousDomaineKeys(r.domaines) }));

/**
 * The demonstration métiers, formations and ROME fiches (real Onisep ids, ROME codes and fields,
 * a small subset).
 */
export async function seedOnisepDemo(models: OnisepModels): Promise<number> {
  const written =
    (await seedIfEmpty(models.Metier, withKeys(metiers), provenance)) +
    (await seedIfEmpty(models.Formation, withKeys(formations as { domaines: DomaineSousDomaine[] }[]), provenance)) +
    (await seedIfEmpty(models.Rome, romes, romeProvenance)) +
    (await seedIfEmpty(models.DomaineProfessionnel, domainesProfessionnels, romeProvenance));
  return written;
}
