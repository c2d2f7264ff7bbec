import { seedIfEmpty, type Store } from "@prisme/common";
import { consolidate } from "../etablissement/etablissement.merge";
import { ETABLISSEMENTS, type EtablissementChamps } from "../etablissement/etablissement.model";
import { INSERTIONS, cleInsertion } from "../insertion/insertion.model";
import type { PopulationInsertion } from "../insertion/insertion.enum";
import { SourceOffre, type StatutFormation } from "../offre/offre.enum";
import { cleOffre, OFFRES } from "../offre/offre.model";
import etablissements from "./etablissements.json";
import insertions from "./insertions.json";

const provenance = { producteur: "Rectorat de Clermont-Ferrand", jeuDeDonnees: "Prisme — données de démonstration" };

/**
 * The demonstration data: real UAIs and names (InserJeunes 2022-2023, Auvergne) located at
 * their commune's centre; the formations they teach, places and wishes are illustrative, the
 * InserJeunes rates are the real 2022-2023 ones; the two CIO are illustrative.
 * Each collection is filled only while empty: a later start keeps what is stored.
 */
export async function seedRectoratDemo(store: Store): Promise<number> {
  const miseAJour = new Date();
  const etablissementDocs = etablissements.map(({ uai, offres: _offres, ...champs }) =>
    consolidate(uai, { demo: { champs: champs as EtablissementChamps, provenance: { ...provenance, miseAJour } } }),
  );
  const offres = etablissements.flatMap((e) =>
    e.offres.map((o) => {
      const offre = { source: SourceOffre.DEMO, uai: e.uai, statut: o.statut as StatutFormation };
      return { _id: cleOffre(offre, o.formationId), ...offre, mefStat11: null, session: 2024, capacite: o.capacite, demandesPremierVoeu: o.demandesPremierVoeu, voeuxConfirmes: null, libelle: null, formationIds: [o.formationId] };
    }),
  );
  const indicateurs = insertions.map((i) => ({ _id: cleInsertion(i.uai, i.millesime, i.population as PopulationInsertion), ...i, libelleEtablissement: null }));
  return (
    (await seedIfEmpty(store.db, ETABLISSEMENTS, etablissementDocs, provenance, store.changes)) +
    (await seedIfEmpty(store.db, OFFRES, offres, provenance, store.changes)) +
    (await seedIfEmpty(store.db, INSERTIONS, indicateurs, provenance, store.changes))
  );
}
