import { ImportReport, RecordWriter, seedIfEmpty, type Store } from "@prisme/common";
import { CERTIFICATIONS } from "../certification/certification.model";
import { OFFRES, type OffreDoc } from "../offre/offre.model";
import { ORGANISMES } from "../organisme/organisme.model";
import { offreProjection } from "../read-model/offre.entry";
import certifications from "./certifications.json";
import offres from "./offres.json";
import organismes from "./organismes.json";

const provenance = { producteur: "Carif-Oref", jeuDeDonnees: "Prisme — données de démonstration" };

type DemoOffre = Omit<OffreDoc, "provenance">;

/** The demo offers, with the entries the read model lists them by, when none is stored yet. */
async function seedOffres(store: Store): Promise<number> {
  if ((await store.db.collection(OFFRES).estimatedDocumentCount()) > 0) return 0;
  const report = new ImportReport("demo", OFFRES);
  const writer = new RecordWriter<DemoOffre>(store.db, OFFRES, { provenance, counts: report, changes: store.changes, projections: [offreProjection] });
  await writer.write((offres as unknown as Omit<DemoOffre, "_id">[]).map((offre) => ({ _id: offre.id, ...offre })));
  return report.created;
}

/**
 * The demonstration data: invented Auvergne offers and organismes (valid SIRET checksums) on real
 * ROME codes, INSEE communes and Certif Info certifications (copied from the real referential).
 */
export async function seedCarifOrefDemo(store: Store): Promise<number> {
  return (
    (await seedOffres(store)) +
    (await seedIfEmpty(store.db, ORGANISMES, (organismes as { siret: string }[]).map((o) => ({ _id: o.siret, ...o })), provenance, store.changes)) +
    (await seedIfEmpty(store.db, CERTIFICATIONS, (certifications as { id: string }[]).map((c) => ({ _id: c.id, ...c })), { producteur: "Réseau des Carif-Oref", jeuDeDonnees: "Certif Info (extrait de démonstration)" }, store.changes))
  );
}
