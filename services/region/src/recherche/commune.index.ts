import { create, insertMultiple, search, type Orama } from "@orama/orama";
import type { Model } from "mongoose";
import { indexCache } from "./index-cache";
import type { CommuneDoc } from "../commune/commune.model";

const schema = { nom: "string", codeDepartement: "enum", location: "geopoint" } as const;

export interface CommuneIndex {
  orama: Orama<typeof schema>;
  communes: Map<string, CommuneDoc>;
}

/** Lower case, accents and punctuation gone: "Clermont-Ferrand" and "clermont ferrand" are the same text. */
export const normaliser = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

async function build(model: Model<CommuneDoc>): Promise<CommuneIndex> {
  const docs = await model.find({}, { _id: 0 }).lean<CommuneDoc[]>();
  const orama = create({ schema, components: { tokenizer: { stemming: false } } });
  await insertMultiple(
    orama,
    docs.map((doc) => ({
      id: doc.code,
      nom: normaliser(doc.nom),
      codeDepartement: doc.codeDepartement,
      ...(doc.centre ? { location: { lat: doc.centre.latitude, lon: doc.centre.longitude } } : {}),
    })) as never,
    1000,
  );
  return { orama, communes: new Map(docs.map((doc) => [doc.code, doc])) };
}

const cache = indexCache((model) => build(model as unknown as Model<CommuneDoc>));

/** The in-memory index of the communes, built on first use and rebuilt after an import. */
export const communeIndex = (model: Model<CommuneDoc>): Promise<CommuneIndex> => cache.get(model as unknown as Model<never>);

/** Called by writers in this process (importers, demo seed) so that the next search sees their data. */
export const invalidateCommuneIndex = (model: Model<CommuneDoc>): void => cache.invalidate(model);

const byPopulation = (a: CommuneDoc, b: CommuneDoc) => (b.population ?? 0) - (a.population ?? 0) || a.nom.localeCompare(b.nom, "fr");

/**
 * Communes whose postal code starts with the digits given, or whose name has words starting with
 * the words given (accent-insensitive): names that start with the text first, then by population.
 */
export async function rechercherCommunes(model: Model<CommuneDoc>, recherche: string, departement?: string): Promise<CommuneDoc[]> {
  const index = await communeIndex(model);
  const texte = normaliser(recherche);
  const inDepartement = (doc: CommuneDoc) => departement == null || doc.codeDepartement === departement;
  if (/^\d+$/.test(texte.replace(/ /g, ""))) {
    const digits = texte.replace(/ /g, "");
    return [...index.communes.values()].filter((doc) => inDepartement(doc) && doc.codesPostaux.some((cp) => cp.startsWith(digits))).sort(byPopulation);
  }
  const result = await search(index.orama, {
    term: texte,
    properties: ["nom"],
    // Every word must match (as a prefix): "clermont fer" is not every commune named Clermont.
    threshold: 0,
    limit: 10_000,
    ...(departement != null ? { where: { codeDepartement: { eq: departement } } } : {}),
  });
  const hits = result.hits.map((hit) => index.communes.get(hit.id)).filter((doc): doc is CommuneDoc => doc != null);
  const starts = (doc: CommuneDoc) => (normaliser(doc.nom).startsWith(texte) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || byPopulation(a, b));
}
