import DataLoader from "dataloader";
import type { RectoratModels } from "../context";
import type { EtablissementDoc } from "../etablissement/etablissement.model";
import type { OffreDoc } from "../offre/offre.model";

/** An établissement where a formation is taught, with the offers of it there. */
export interface Enseignement {
  etablissement: EtablissementDoc;
  offres: OffreDoc[];
}

/**
 * Per request: for a batch of Onisep FOR ids, where each is taught. Four queries whatever the
 * batch size (FerretDB has no $lookup): Certif Info links → BCN MEF → offers → établissements.
 */
export function loaderOuEnseignee(models: Pick<RectoratModels, "Etablissement" | "Offre" | "Mef" | "LienCfdOnisep">) {
  return new DataLoader<string, Enseignement[]>(async (keys) => {
    const ids = [...keys];
    const liens = await models.LienCfdOnisep.find({ formationIds: { $in: ids } }).lean().exec();
    const mefs = liens.length ? await models.Mef.find({ cfd: { $in: liens.map((l) => l.cfd) } }, { mefStat11: 1, cfd: 1 }).lean().exec() : [];
    const offres = await models.Offre.find({ $or: [{ formationIds: { $in: ids } }, { mefStat11: { $in: mefs.map((m) => m.mefStat11) } }] }).lean().exec();
    const etablissements = offres.length ? await models.Etablissement.find({ uai: { $in: [...new Set(offres.map((o) => o.uai))] } }).lean().exec() : [];
    const byUai = new Map(etablissements.map((e) => [e.uai, e as EtablissementDoc]));
    const cfdParMef = new Map(mefs.map((m) => [m.mefStat11, m.cfd]));
    const idsParCfd = new Map(liens.map((l) => [l.cfd, l.formationIds]));
    return ids.map((id) => {
      const parUai = new Map<string, Enseignement>();
      for (const offre of offres) {
        const cfd = offre.mefStat11 ? cfdParMef.get(offre.mefStat11) : undefined;
        const linked = offre.formationIds.includes(id) || (cfd !== undefined && (idsParCfd.get(cfd) ?? []).includes(id));
        const etablissement = byUai.get(offre.uai);
        if (!linked || !etablissement) continue;
        const entry = parUai.get(offre.uai) ?? { etablissement, offres: [] };
        entry.offres.push(offre as OffreDoc);
        parUai.set(offre.uai, entry);
      }
      return [...parUai.values()];
    });
  });
}
