import { seedIfEmpty, type Store } from "@prisme/common";
import { FORMATIONS } from "../formation/formation.model";
import { METIERS } from "../metier/metier.model";
import { DOMAINES_PROFESSIONNELS, ROMES } from "../rome/rome.model";
import domainesProfessionnels from "./domaines-professionnels.json";
import formations from "./formations.json";
import metiers from "./metiers.json";
import romes from "./romes.json";

const provenance = { producteur: "Onisep", jeuDeDonnees: "Prisme — données de démonstration" };
const romeProvenance = { producteur: "France Travail", jeuDeDonnees: "Prisme — données de démonstration (ROME 4.0)" };

const byId = <T extends { id: string }>(records: T[]) => records.map((r) => ({ _id: r.id, ...r }));
const byCode = <T extends { code: string }>(records: T[]) => records.map((r) => ({ _id: r.code, ...r }));

/** The demonstration métiers, formations and ROME fiches (real Onisep ids, ROME codes and fields, a small subset). */
export async function seedOnisepDemo(store: Store): Promise<number> {
  return (
    (await seedIfEmpty(store.db, METIERS, byId(metiers), provenance, store.changes)) +
    (await seedIfEmpty(store.db, FORMATIONS, byId(formations as { id: string }[]), provenance, store.changes)) +
    (await seedIfEmpty(store.db, ROMES, byCode(romes), romeProvenance, store.changes)) +
    (await seedIfEmpty(store.db, DOMAINES_PROFESSIONNELS, byCode(domainesProfessionnels), romeProvenance, store.changes))
  );
}
