import type { RectoratModels } from "../context";
import { consolidate } from "../etablissement/etablissement.merge";
import type { EtablissementChamps } from "../etablissement/etablissement.model";
import { SourceOffre, type StatutFormation } from "../offre/offre.enum";
import etablissements from "./etablissements.json";
import insertions from "./insertions.json";

const provenance = { producteur: "Rectorat de Clermont-Ferrand", jeuDeDonnees: "Prisme — données de démonstration" };

/**
 * The demonstration data: real UAIs and names (InserJeunes 2022-2023, Auvergne) located at
 * their commune's centre; the formations they teach, places and wishes are illustrative, the
 * InserJeunes rates are the real 2022-2023 ones; the two CIO are illustrative.
 * Each collection is filled only while empty: a later start keeps what is stored.
 */
export async function seedRectoratDemo(models: RectoratModels): Promise<number> {
  const miseAJour = new Date();
  const stamp = { ...provenance, miseAJour };
  let written = 0;
  if ((await models.Etablissement.estimatedDocumentCount()) === 0) {
    const docs = etablissements.map(({ uai, offres: _offres, ...champs }) => consolidate(uai, { demo: { champs: champs as EtablissementChamps, provenance: stamp } }));
    await models.Etablissement.insertMany(docs);
    written += docs.length;
  }
  if ((await models.Offre.estimatedDocumentCount()) === 0) {
    const offres = etablissements.flatMap((e) =>
      e.offres.map((o) => ({
        cle: `${SourceOffre.DEMO}:${e.uai}:${o.formationId}:${o.statut}`,
        source: SourceOffre.DEMO,
        uai: e.uai,
        mefStat11: null,
        statut: o.statut as StatutFormation,
        session: 2024,
        capacite: o.capacite,
        demandesPremierVoeu: o.demandesPremierVoeu,
        voeuxConfirmes: null,
        libelle: null,
        formationIds: [o.formationId],
        provenance: stamp,
      })),
    );
    await models.Offre.insertMany(offres);
    written += offres.length;
  }
  if ((await models.Insertion.estimatedDocumentCount()) === 0) {
    await models.Insertion.insertMany(insertions.map((i) => ({ ...i, cle: `${i.uai}:${i.millesime}:${i.population}`, libelleEtablissement: null, provenance: stamp })));
    written += insertions.length;
  }
  models.search.invalidate();
  return written;
}
