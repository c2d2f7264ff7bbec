import { create, insertMultiple, search, type Orama } from "@orama/orama";
import { PointGrid, type Window } from "@prisme/common";
import type { CarifOrefModels } from "../context";
import { buildWhere, type OffreCriteria } from "./offre-search.criteria";
import { OffreLinks } from "./offre-links";
import { OFFRE_SEARCH_SCHEMA, type OffreSearchDocument, type SearchEntryDoc } from "./offre-search.document";
import { ensureSearchEntries, searchEntriesOf } from "./offre-search.entries";

type OffreDb = Orama<typeof OFFRE_SEARCH_SCHEMA>;

export interface SearchHit {
  id: string;
  distanceKm: number | null;
}

const REFRESH_MS = Number(process.env.CARIF_OREF_SEARCH_REFRESH_MS ?? 5000);

/**
 * The in-process Orama index of the current offers (FerretDB has no $text nor geo operators):
 * built from the search entries when the service starts (or on first use), rebuilt when an import
 * finishes (the import_runs collection written by every import is polled), and swapped in whole so
 * queries never see half of it.
 */
export class OffreSearchIndex {
  private offres: OffreDb | null = null;
  /** The points of the offers' places, each with its offer id: "within R km" without Orama's slow geosearch. */
  private lieux: PointGrid<string> | null = null;
  private offreLinks: OffreLinks | null = null;
  private building: Promise<void> | null = null;
  private lastRun: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly models: CarifOrefModels) {
    models.Offre.db.on("close", () => this.stop());
  }

  /** Rebuilds the index from the database now (also what the poller does after an import). */
  refresh(): Promise<void> {
    this.building = this.build().finally(() => (this.building = null));
    return this.building;
  }

  /** The current offers by the codes that link them to other entities, from the same build as the search index. */
  async links(): Promise<OffreLinks> {
    await this.ready();
    return this.offreLinks!;
  }

  /** Waits for the first build (started now if nobody asked yet), and keeps following imports. */
  async ready(): Promise<void> {
    if (!this.offres) await (this.building ?? this.refresh());
    this.startPolling();
  }

  async search(criteria: OffreCriteria, window: Window): Promise<{ total: number; hits: SearchHit[] }> {
    await this.ready();
    const where = buildWhere(criteria);
    const term = criteria.texte?.trim() ?? "";
    const text = term ? { term, properties: ["intitule", "texte"] as ("intitule" | "texte")[], tolerance: term.length >= 4 ? 1 : 0, boost: { intitule: 3 } } : {};
    if (criteria.autourDe) {
      let found = [...this.nearestPlaces(criteria.autourDe).entries()];
      if (term || Object.keys(where).length) {
        const count = (await search(this.offres!, { ...text, where, limit: 0 })).count;
        const matching = new Set((await search(this.offres!, { ...text, where, limit: Math.max(1, count) })).hits.map((hit) => hit.id));
        found = found.filter(([id]) => matching.has(id));
      }
      const sorted = found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
      return { total: sorted.length, hits: sorted.slice(window.offset, window.offset + window.limit).map(([id, km]) => ({ id, distanceKm: Math.round(km * 100) / 100 })) };
    }
    const result = await search(this.offres!, {
      ...text,
      where,
      limit: window.limit,
      offset: window.offset,
      ...(term ? {} : { sortBy: { property: "intitule" as const, order: "ASC" as const } }),
    });
    return { total: result.count, hits: result.hits.map((hit) => ({ id: hit.id, distanceKm: null })) };
  }

  /** The offers taught within the radius, each once, with the distance of its nearest place there (km). */
  async nearest(point: { latitude: number; longitude: number; rayonKm: number }): Promise<Map<string, number>> {
    await this.ready();
    return this.nearestPlaces(point);
  }

  stop(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private nearestPlaces(point: { latitude: number; longitude: number; rayonKm: number }): Map<string, number> {
    // Each offer counts once, at its nearest place within the radius.
    const nearest = new Map<string, number>();
    for (const { value: id, distanceKm } of this.lieux!.within(point)) {
      const known = nearest.get(id);
      if (known === undefined || distanceKm < known) nearest.set(id, distanceKm);
    }
    return nearest;
  }

  private startPolling(): void {
    if (this.timer || this.closed || REFRESH_MS <= 0) return;
    this.timer = setInterval(() => void this.pollImports(), REFRESH_MS);
    this.timer.unref();
  }

  private async latestRun(): Promise<number | null> {
    const run = await this.models.ImportRun.findOne({ status: "done" }, { finishedAt: 1 }).sort({ finishedAt: -1 }).lean();
    return run?.finishedAt ? new Date(run.finishedAt).getTime() : null;
  }

  private async pollImports(): Promise<void> {
    if (this.building || this.closed) return;
    try {
      if ((await this.latestRun()) !== this.lastRun) await this.refresh();
    } catch (error) {
      // A failed poll keeps the current index; the next tick tries again.
      if (!this.closed) console.error(`[carif-oref] search index refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async build(): Promise<void> {
    const lastRun = await this.latestRun();
    const offres = create({ schema: OFFRE_SEARCH_SCHEMA, language: "french" });
    const lieux = new PointGrid<string>();
    const links = new OffreLinks();
    await ensureSearchEntries(this.models);
    let batch: SearchEntryDoc[] = [];
    const flush = async () => {
      const documents: OffreSearchDocument[] = [];
      for (const { _id: id, points, codesInsee, codesUai, codesCertifInfo, siretOrganisme, ...document } of batch) {
        documents.push({ id, ...document });
        links.add({ id, intitule: document.intitule, codesRome: document.codesRome, codesRncp: document.codesRncp, codesInsee, codesUai, codesCertifInfo, siretOrganisme });
        for (const point of points) lieux.add(point, id);
      }
      await insertMultiple(offres, documents, 1000);
      batch = [];
    };
    for await (const entry of searchEntriesOf(this.models).find({}, { batchSize: 1000 })) {
      batch.push(entry);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    this.offres = offres;
    this.lieux = lieux;
    this.offreLinks = links.seal();
    this.lastRun = lastRun;
  }
}

const indexes = new WeakMap<CarifOrefModels, OffreSearchIndex>();

/** The one search index of a service's models (one per process and database). */
export function searchIndexFor(models: CarifOrefModels): OffreSearchIndex {
  let index = indexes.get(models);
  if (!index) indexes.set(models, (index = new OffreSearchIndex(models)));
  return index;
}
