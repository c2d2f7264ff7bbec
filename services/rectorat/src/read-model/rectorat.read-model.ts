import { loadMap, scanCollection, Table, type ReadModelSpec, type Store } from "@prisme/common";
import { ETABLISSEMENTS, type EtablissementDoc } from "../etablissement/etablissement.model";
import { INSERTIONS, type InsertionDoc } from "../insertion/insertion.model";
import { LIENS_CFD_ONISEP, LIENS_TABLE_DE_PASSAGE, type LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import { MEFS, type MefDoc } from "../mef/mef.model";
import { OFFRES, type OffreDoc } from "../offre/offre.model";
import { appliquer } from "./rectorat.apply";
import { Decodage } from "./decodage";
import { enseignementsDe, entreeDe, type EtablissementEntree } from "./etablissement.entree";
import { etablissementTable } from "./etablissement.table";
import { Groupes } from "./groupes";

/** What the Rectorat subgraph serves requests from: every record it owns, indexed (no request reads the database). */
export interface RectoratState {
  /** Établissements and CIO: text, filters, "near me", and what each teaches. */
  etablissements: Table<EtablissementEntree>;
  /** Offers (Affelnet, Parcoursup, constat de rentrée, demo) by UAI. */
  offres: Groupes<OffreDoc>;
  /** InserJeunes indicators by UAI. */
  insertions: Groupes<InsertionDoc>;
  /** BCN MEF rows and the CFD → FOR links (Certif Info, table de passage), which decode offers to Onisep formations. */
  decodage: Decodage;
}

/** The Rectorat read model: loaded from its six collections, kept current record by record. */
export function rectoratReadModel(store: Store): ReadModelSpec<RectoratState> {
  return {
    name: "rectorat",
    async load(progress) {
      const decodage = new Decodage(
        await loadMap<MefDoc>(store.db, MEFS),
        await loadMap<LienCfdOnisepDoc>(store.db, LIENS_CFD_ONISEP),
        await loadMap<LienCfdOnisepDoc>(store.db, LIENS_TABLE_DE_PASSAGE),
      );
      const offres = await Groupes.load<OffreDoc>(store.db, OFFRES, (o) => o.uai);
      const insertions = await Groupes.load<InsertionDoc>(store.db, INSERTIONS, (i) => i.uai);
      async function* entrees(): AsyncGenerator<EtablissementEntree> {
        for await (const doc of scanCollection<EtablissementDoc>(store.db, ETABLISSEMENTS, (read) => progress(`${ETABLISSEMENTS}: ${read} read`))) {
          yield entreeDe(doc, enseignementsDe(offres.of(doc._id), decodage));
        }
      }
      return { etablissements: await Table.build(etablissementTable, entrees()), offres, insertions, decodage };
    },
    apply: (state, changed) => appliquer(store, state, changed),
  };
}
