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
type Action = DemoOffre["actions"][number];

/** The demo file leaves out the empty lists and the flag an import always writes: each record gets them, so no non-null field reads null. */
function asImported(offre: Omit<DemoOffre, "_id">): Omit<DemoOffre, "_id"> {
  const action = (a: Action): Action => ({
    ...a,
    urls: a.urls ?? [],
    organismesFormateurs: a.organismesFormateurs ?? [],
    langues: a.langues ?? [],
    extras: a.extras ?? [],
    sessions: a.sessions.map((s) => ({ ...s, extras: s.extras ?? [] })),
  });
  return { ...offre, codesNsf: offre.codesNsf ?? [], urls: offre.urls ?? [], extras: offre.extras ?? [], retiree: offre.retiree ?? false, actions: offre.actions.map(action) };
}

/** The demo offers, with the entries the read model lists them by, when none is stored yet. */
async function seedOffres(store: Store): Promise<number> {
  if ((await store.db.collection(OFFRES).estimatedDocumentCount()) > 0) return 0;
  const report = new ImportReport("demo", OFFRES);
  const writer = new RecordWriter<DemoOffre>(store.db, OFFRES, { provenance, counts: report, changes: store.changes, projections: [offreProjection] });
  await writer.write((offres as unknown as Omit<DemoOffre, "_id">[]).map((offre) => ({ _id: offre.id, ...asImported(offre) })));
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
