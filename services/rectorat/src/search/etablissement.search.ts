import type { Connection, Model } from "mongoose";
import { importRunModel, type ImportRunDoc } from "@prisme/common";
import { type Cercle } from "../common/distance";
import type { PointGrid } from "@prisme/common";
import type { EtablissementDoc } from "../etablissement/etablissement.model";
import type { LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import type { MefDoc } from "../mef/mef.model";
import type { OffreDoc } from "../offre/offre.model";
import { buildIndex, search, type EtablissementIndex, type Entree } from "./etablissement.index";
import { formationIdsParUai } from "./formation-ids";

export interface Criteres {
  texte?: string | null;
  types?: string[] | null;
  secteur?: string | null;
  etats?: string[] | null;
  codeCommune?: string | null;
  codeDepartement?: string | null;
  codeAcademie?: string | null;
  voie?: string | null;
  apprentissage?: boolean | null;
  internat?: boolean | null;
  formationId?: string | null;
  presDe?: Cercle | null;
}

export interface Resultat {
  uai: string;
  distanceKm: number | null;
}

interface Sources {
  Etablissement: Model<EtablissementDoc>;
  Offre: Model<OffreDoc>;
  Mef: Model<MefDoc>;
  LienCfdOnisep: Model<LienCfdOnisepDoc>;
}

/**
 * The in-process search index of the établissements (full text, filters, "near me"): built
 * from the database, rebuilt when an import finished (polled in import_runs, or told in-process).
 */
export class EtablissementSearch {
  private current: Promise<{ index: EtablissementIndex; entrees: Map<string, Entree>; grille: PointGrid<Entree> }> | null = null;
  private lastImport = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly runs: Model<ImportRunDoc>;

  constructor(
    private readonly connection: Connection,
    private readonly sources: Sources,
    private readonly options: { eager: boolean; pollMs: number },
  ) {
    this.runs = importRunModel(connection);
  }

  /** Called once at service start: an eager (server) index is built now and kept fresh by polling. */
  async init(): Promise<void> {
    if (!this.options.eager) return;
    this.lastImport = await this.latestImport();
    await this.ready();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
    this.connection.once("close", () => this.timer && clearInterval(this.timer));
  }

  /** Drops the index: the next search rebuilds it (an import in this process calls it). */
  invalidate(): void {
    this.current = null;
  }

  /** Number of établissements in the index (built if needed). */
  async size(): Promise<number> {
    return (await this.ready()).entrees.size;
  }

  /**
   * The UAIs matching the criteria, at least the first `besoin` of them, and how many match:
   * nearest first with a point, best match first with a text, else by name.
   */
  async chercher(criteres: Criteres, besoin = Number.MAX_SAFE_INTEGER): Promise<{ total: number; resultats: Resultat[] }> {
    const { index, entrees, grille } = await this.ready();
    const where = filtres(criteres);
    const point = criteres.presDe;
    const texte = criteres.texte?.trim() ?? "";
    const params = { term: texte, properties: ["nom"] as "nom"[], tolerance: texte ? 1 : 0, where: where as never };
    if (point) {
      // Orama's geosearch took seconds a query at 20 000 points (bench): the grid gives the points
      // within the radius, Orama the other filters.
      const proches = autour(grille, point);
      let retenus = proches;
      if (texte || Object.keys(where).length) {
        const count = (await search(index, { ...params, limit: 1 })).count;
        const ok = new Set((await search(index, { ...params, limit: Math.max(1, count) })).hits.map((h) => h.id));
        retenus = proches.filter((r) => ok.has(r.uai));
      }
      return { total: retenus.length, resultats: retenus };
    }
    // Orama's cost grows with `limit`: ask for what is needed, or for everything (after counting) when sorting by name here.
    const limit = texte ? besoin : (await search(index, { ...params, limit: 1 })).count;
    const found = await search(index, { ...params, limit: Math.max(1, Math.min(limit, entrees.size)) });
    const hits = found.hits.map((hit) => entrees.get(hit.id)!).filter(Boolean);
    if (!texte) hits.sort((a, b) => compare(a.nom, b.nom) || compare(a.uai, b.uai));
    return { total: found.count, resultats: hits.map((e) => ({ uai: e.uai, distanceKm: null })) };
  }

  private ready() {
    if (!this.current) {
      const building = this.build();
      this.current = building;
      // A failed build is not kept: the next search tries again.
      building.catch(() => this.current === building && (this.current = null));
    }
    return this.current;
  }

  private async build() {
    const [etablissements, offres, mefs, liens] = await Promise.all([
      this.sources.Etablissement.find({}, { origines: 0 }).lean().exec(),
      this.sources.Offre.find({}, { uai: 1, mefStat11: 1, formationIds: 1 }).lean().exec(),
      this.sources.Mef.find({}, { mefStat11: 1, cfd: 1 }).lean().exec(),
      this.sources.LienCfdOnisep.find({}, { cfd: 1, formationIds: 1 }).lean().exec(),
    ]);
    const parUai = formationIdsParUai(offres, mefs, liens);
    return buildIndex(etablissements.map((doc) => ({ ...(doc as EtablissementDoc), formationIds: parUai.get(doc.uai) ?? [] })));
  }

  private async latestImport(): Promise<number> {
    const last = await this.runs.findOne({ status: "done" }, { finishedAt: 1 }).sort({ finishedAt: -1 }).lean().exec();
    return last?.finishedAt ? new Date(last.finishedAt).getTime() : 0;
  }

  private async poll(): Promise<void> {
    try {
      const latest = await this.latestImport();
      if (latest > this.lastImport) {
        this.lastImport = latest;
        const rebuilt = this.build();
        await rebuilt;
        this.current = rebuilt;
      }
    } catch (error) {
      console.error(JSON.stringify({ level: "warn", service: "rectorat", msg: "search index refresh failed", error: String(error) }));
    }
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The établissements within the radius, nearest first (then by UAI). */
function autour(grille: PointGrid<Entree>, point: Cercle): Resultat[] {
  return grille
    .within(point)
    .map(({ value, distanceKm }) => ({ uai: value.uai, distanceKm }))
    .sort((a, b) => a.distanceKm - b.distanceKm || compare(a.uai, b.uai));
}

/** The criteria as Orama `where` filters. */
function filtres(criteres: Criteres): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (criteres.types?.length) where.type = { in: criteres.types };
  if (criteres.etats?.length) where.etat = { in: criteres.etats };
  if (criteres.secteur) where.secteur = { eq: criteres.secteur };
  if (criteres.codeCommune) where.codeCommune = { eq: criteres.codeCommune };
  if (criteres.codeDepartement) where.codeDepartement = { eq: criteres.codeDepartement };
  if (criteres.codeAcademie) where.codeAcademie = { eq: criteres.codeAcademie };
  if (criteres.voie) where.voies = { containsAll: [criteres.voie] };
  if (criteres.formationId) where.formationIds = { containsAll: [criteres.formationId] };
  if (criteres.apprentissage != null) where.apprentissage = criteres.apprentissage;
  if (criteres.internat != null) where.internat = criteres.internat;
  return where;
}
