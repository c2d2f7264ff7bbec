import { create, insertMultiple, search, type Orama } from "@orama/orama";
import { PointGrid } from "@prisme/common";
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

/** Builds a fresh Orama index of the établissements (French text, accents folded by its tokenizer). */
export async function buildIndex(docs: IndexDoc[]): Promise<{ index: EtablissementIndex; entrees: Map<string, Entree>; grille: PointGrid<Entree> }> {
  const index = create({ schema: indexSchema, components: { tokenizer: { language: "french", stemming: false } } });
  const entrees = new Map<string, Entree>();
  const grille = new PointGrid<Entree>();
  const rows = docs.map((doc) => {
    const entree = { uai: doc.uai, nom: doc.nom, coordonnees: doc.coordonnees ?? null };
    entrees.set(doc.uai, entree);
    if (entree.coordonnees) grille.add(entree.coordonnees, entree);
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
