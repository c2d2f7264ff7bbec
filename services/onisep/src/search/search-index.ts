import { create, insertMultiple, search, type AnyOrama } from "@orama/orama";
import { normalizeKey } from "../common/text";
import type { OnisepModels } from "../context";
import type { FormationDoc } from "../formation/formation.model";
import type { MetierDoc } from "../metier/metier.model";
import { FORMATION_SCHEMA, METIER_SCHEMA, formationDocument, metierDocument } from "./search-documents";

/** One search: free text and/or filters (already validated), a window of the ranked result. */
export interface SearchQuery {
  text?: string | null;
  where: Record<string, unknown>;
  offset: number;
  limit: number;
}

export interface SearchPage {
  ids: string[];
  totalCount: number;
}

// Every hit is ranked in memory so that an exact libellé (a form of "menuisier / menuisière")
// comes before longer ones; the index is small (≈ 7,000 documents), so this stays fast.
const MAX_HITS = 100_000;

/** The in-memory side of the subgraph: Orama indexes of métiers and formations, and the métiers for the quiz. */
export class OnisepSearchIndex {
  private constructor(
    private readonly metierDb: AnyOrama,
    private readonly formationDb: AnyOrama,
    readonly metiers: MetierDoc[],
    readonly formations: FormationDoc[],
    readonly builtAt: Date,
  ) {
    this.metierById = new Map(metiers.map((m) => [m.id, m]));
    this.formationById = new Map(formations.map((f) => [f.id, f]));
    // Normalized libellé forms, computed once: ranking runs on every hit of every search.
    for (const [target, docs] of [[this.metierForms, metiers], [this.formationForms, formations]] as const) {
      for (const doc of docs) target.set(doc.id, [doc.libelle, ...doc.libelle.split(" / ")].map(normalizeKey));
    }
  }

  /** The indexed records by id: a search page is served from memory, with no database query. */
  readonly metierById: Map<string, MetierDoc>;
  readonly formationById: Map<string, FormationDoc>;

  /** Reads every métier and formation once and indexes them. */
  static async build(models: OnisepModels): Promise<OnisepSearchIndex> {
    const builtAt = new Date();
    const [metiers, formations] = await Promise.all([models.Metier.find().lean().exec(), models.Formation.find().lean().exec()]);
    const metierDb = create({ schema: METIER_SCHEMA });
    const formationDb = create({ schema: FORMATION_SCHEMA });
    await insertMultiple(metierDb, metiers.map(metierDocument), 1000);
    await insertMultiple(formationDb, formations.map(formationDocument), 1000);
    return new OnisepSearchIndex(metierDb, formationDb, metiers as MetierDoc[], formations as FormationDoc[], builtAt);
  }

  searchMetiers(query: SearchQuery): Promise<SearchPage> {
    return this.run(this.metierDb, query, { libelle: 3, rome: 1, domaines: 0.5 }, this.metierForms);
  }

  searchFormations(query: SearchQuery): Promise<SearchPage> {
    return this.run(this.formationDb, query, { libelle: 3, type: 1, domaines: 0.5 }, this.formationForms);
  }

  private readonly metierForms = new Map<string, string[]>();
  private readonly formationForms = new Map<string, string[]>();

  private async run(db: AnyOrama, query: SearchQuery, boost: Record<string, number>, forms: Map<string, string[]>): Promise<SearchPage> {
    const where = Object.keys(query.where).length ? query.where : undefined;
    const text = query.text?.trim();
    const result = await search(db, text
      ? { term: text, properties: Object.keys(boost), boost, tolerance: 1, where, limit: MAX_HITS }
      : { term: "", where, limit: MAX_HITS });
    const needle = text ? normalizeKey(text) : "";
    const ranked = result.hits.map((hit) => {
      const libelleForms = forms.get(String(hit.id)) ?? [""];
      return { id: String(hit.id), libelle: libelleForms[0], score: hit.score, exact: text ? exactness(libelleForms, needle) : 0 };
    });
    // Without text, a plain list by libellé; with text: exact form first, then Orama's BM25 score.
    ranked.sort((a, b) => b.exact - a.exact || (text ? b.score - a.score : 0) || compare(a.libelle, b.libelle) || compare(a.id, b.id));
    return { ids: ranked.slice(query.offset, query.offset + query.limit).map((r) => r.id), totalCount: result.count };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 2 when a (normalized) form of the libellé is the searched text, 1 when one starts with it, else 0. */
function exactness(forms: string[], needle: string): number {
  if (forms.includes(needle)) return 2;
  return forms.some((form) => form.startsWith(needle)) ? 1 : 0;
}
