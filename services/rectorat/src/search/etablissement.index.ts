import { create, insertMultiple, search, type Orama } from "@orama/orama";
import type { EtablissementDoc } from "../etablissement/etablissement.model";

export const indexSchema = {
  uai: "string",
  nom: "string",
  type: "enum",
  secteur: "enum",
  etat: "enum",
  codeCommune: "enum",
  codeDepartement: "enum",
  codeAcademie: "enum",
  voies: "enum[]",
  formationIds: "enum[]",
  apprentissage: "boolean",
  internat: "boolean",
} as const;

export type EtablissementIndex = Orama<typeof indexSchema>;

/** What the index keeps of an établissement, besides its searchable fields: enough to sort. */
export interface Entree {
  uai: string;
  nom: string;
  coordonnees: { latitude: number; longitude: number } | null;
}

type IndexDoc = EtablissementDoc & { formationIds: string[] };

/** Cells of a quarter of a degree: "near me" reads the few cells around the point. */
export const CELLULE = 0.25;
export const cellule = (latitude: number, longitude: number) => `${Math.floor(latitude / CELLULE)}:${Math.floor(longitude / CELLULE)}`;

/** Builds a fresh Orama index of the établissements (French text, accents folded by its tokenizer). */
export async function buildIndex(docs: IndexDoc[]): Promise<{ index: EtablissementIndex; entrees: Map<string, Entree>; grille: Map<string, Entree[]> }> {
  const index = create({ schema: indexSchema, components: { tokenizer: { language: "french", stemming: false } } });
  const entrees = new Map<string, Entree>();
  const grille = new Map<string, Entree[]>();
  const rows = docs.map((doc) => {
    const entree = { uai: doc.uai, nom: doc.nom, coordonnees: doc.coordonnees ?? null };
    entrees.set(doc.uai, entree);
    if (entree.coordonnees) {
      const key = cellule(entree.coordonnees.latitude, entree.coordonnees.longitude);
      grille.set(key, [...(grille.get(key) ?? []), entree]);
    }
    const row: Record<string, unknown> = {
      id: doc.uai,
      uai: doc.uai,
      nom: doc.nom,
      voies: doc.voies ?? [],
      formationIds: doc.formationIds,
      apprentissage: doc.apprentissage === true,
      internat: doc.hebergement === true,
    };
    for (const field of ["type", "secteur", "etat", "codeCommune", "codeDepartement", "codeAcademie"] as const) {
      if (doc[field] != null) row[field] = doc[field];
    }
    return row;
  });
  await insertMultiple(index, rows as never, 1000);
  return { index, entrees, grille };
}

export { search };
