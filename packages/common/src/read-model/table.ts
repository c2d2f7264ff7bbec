import { SlotPool } from "./slot-pool";
import { SlotValues } from "./slot-values";
import MiniSearch from "minisearch";
import type { CoordonneesDoc } from "../distance";
import { PointGrid, type Circle } from "../point-grid";
import { badUserInput } from "../errors";
import { decodeCursor, encodeCursor, type CursorKey } from "./cursor";
import { fold, indexTerm } from "./fold";
import { timeSlicer } from "./yield";

/** A value a record is filtered and counted by (a code, an enum value, a flag). */
export type Keyword = string | number | boolean;

/** What a table knows of its records: how to key, search, filter, count, sort and place them. */
export interface TableSpec<E, S = E> {
  key(entry: E): string;
  /**
   * What the table keeps of a record once it is indexed (by default the record itself): what its
   * readers use of a hit or of `get`. The text, codes and points of 50,000 offers need not stay in
   * the heap once indexed; every object kept is one more for each major garbage collection to mark.
   */
  store?: (entry: E) => S;
  /** Searchable text: fields with their weight, and the titles that rank first when the text is one of them or starts one. */
  text?: {
    fields: Record<string, { of: (entry: E) => string | null | undefined; boost?: number }>;
    titles?: (entry: E) => readonly string[];
  };
  /** Dimensions filtered by value (any of the values asked) and counted as facets. */
  keywords?: Record<string, (entry: E) => Keyword | readonly Keyword[] | null | undefined>;
  /** Dimensions filtered by range. */
  numbers?: Record<string, (entry: E) => number | null | undefined>;
  /** Sort orders by name (the first is the default), each a key compared with < then by record key. */
  orders: Record<string, (entry: E) => string | number>;
  /** Where the record is (a school, each place of an offer). */
  points?: (entry: E) => readonly CoordonneesDoc[];
}

export interface TableQuery {
  /** Full text: accents, case and one typo forgiven, the last words as prefixes. */
  text?: string | null;
  /** Per dimension, the values a record must have one of (dimensions combine with AND). */
  where?: Record<string, readonly Keyword[] | null | undefined>;
  range?: Record<string, { min?: number | null; max?: number | null } | null | undefined>;
  near?: Circle | null;
  /** A named order; by default relevance with a text, distance with `near`, else the first order. */
  order?: string | null;
  /**
   * With a text sorted by relevance: records of the same title tier (exact title, title starting with
   * the text, other) follow this named order instead of their text score (e.g. the biggest commune
   * first among those whose name starts with what the user typed).
   */
  thenBy?: string | null;
  /** Dimensions to count, each over the records matching every criterion but its own. */
  facets?: readonly string[];
}

export interface TablePage {
  first: number;
  after?: string | null;
}

export interface TableHit<E> {
  entry: E;
  cursor: string;
  distanceKm: number | null;
  score: number | null;
}

export interface FacetCount {
  value: Keyword;
  count: number;
}

export interface TableResult<E> {
  total: number;
  hits: TableHit<E>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  facets: Record<string, FacetCount[]>;
}


type Ranked = { slot: number; sort: CursorKey };

/** Records sorted in one go by a commit; more are sorted in slices merged pairwise, yielding between. */
const SORT_SLICE = 2_000;
const RELEVANCE = "pertinence";
/** Criteria whose matches are kept (at most a few hundred kilobytes each: the slots of 50,000 records). */
const MATCH_CACHE_SIZE = 32;

/** What a query's criteria select, whatever page is asked: the matching slots (null: all), facet counts, distances. */
interface Matches {
  matching: number[] | null;
  counts: Map<string, Map<Keyword, number>>;
  distances: Map<number, number> | null;
}

const TEXT_CACHE_SIZE = 200;
/** Fewer matches than this as typed, and words one typo away are searched too. */
const FUZZY_BELOW = 5;
/** Weighs the title tier above any text score (scores stay far below it). */
const TIER_WEIGHT = 1e9;
const DISTANCE = "distance";

/**
 * An in-memory table of records with the queries people send: full text (MiniSearch), filters by
 * value and range, facet counts, "within R km" (PointGrid), sorts, keyset cursors. It is kept
 * current record by record (`upsert`, `remove`, then `commit`), so an import of one record does not
 * rebuild 50,000. The query shape (text, filters, ranges, geo, sort, facets) is that of a search
 * engine, which is where this table's work goes once one region's data outgrows a process.
 */
export class Table<E, S = E> {
  private readonly entries: (S | undefined)[] = [];
  private readonly keys: string[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly postings = new Map<string, Map<Keyword, Set<number>>>();
  /**
   * Each dimension's values by number, per record: what filters test and facets count over many
   * matches, and what a record's postings are removed by (one structure, not a second array of
   * values per record: 50 MB of heap at 50,000 offers).
   */
  private readonly valueIds = new Map<string, SlotValues>();
  private readonly numbers = new Map<string, number[]>();
  private readonly orderKeys = new Map<string, (string | number)[]>();
  private readonly sorted = new Map<string, number[]>();
  private readonly dirty = new Set<number>();
  private readonly removed = new Set<number>();
  /**
   * By slot, the folded titles, each between two line feeds (which folded text never holds): one
   * string per record, not an array of strings (an object fewer per record for each major collection
   * to mark).
   */
  private readonly titles: (string | undefined)[] = [];
  /** By slot, its places as latitude, longitude pairs (what removes them from the grid). */
  private readonly places = new SlotPool((length) => new Float64Array(length));
  private readonly grid = new PointGrid<number>();
  private readonly search: MiniSearch | null;
  private readonly textFields: string[];
  /** Recent searches' scores, by table version and text (least recently used dropped first). */
  private readonly textCache = new Map<string, Map<number, { score: number; tier: number }>>();
  /**
   * Recent queries' matches and facet counts, by their criteria (not their page): the next pages of
   * a list and the same list asked again skip the matching and the counting (4–8 ms over 50,000
   * offers). Emptied by every change of a record, so it never serves a state the table has left.
   */
  private readonly matchCache = new Map<string, Matches>();
  private readonly defaultOrder: string;
  private count = 0;
  /** Changes with every committed change: caches keyed by it never serve stale results. */
  version = 0;

  constructor(private readonly spec: TableSpec<E, S>) {
    for (const name of Object.keys(spec.keywords ?? {})) {
      this.postings.set(name, new Map());
      this.valueIds.set(name, new SlotValues());
    }
    for (const name of Object.keys(spec.numbers ?? {})) this.numbers.set(name, []);
    for (const name of Object.keys(spec.orders)) {
      this.orderKeys.set(name, []);
      this.sorted.set(name, []);
    }
    this.defaultOrder = Object.keys(spec.orders)[0]!;
    this.textFields = Object.keys(spec.text?.fields ?? {});
    this.search = spec.text
      ? new MiniSearch({
          idField: "key",
          fields: this.textFields,
          processTerm: indexTerm,
        })
      : null;
  }

  /** Builds a table from many records, yielding to the event loop every few thousand. */
  static async build<E, S = E>(spec: TableSpec<E, S>, entries: Iterable<E> | AsyncIterable<E>): Promise<Table<E, S>> {
    const table = new Table<E, S>(spec);
    const pause = timeSlicer();
    for await (const entry of entries) {
      table.upsert(entry);
      await pause();
    }
    await table.commit();
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** The record under this key, or undefined. */
  get(key: string): S | undefined {
    const slot = this.slotOf.get(key);
    return slot === undefined ? undefined : this.entries[slot];
  }

  /** Every record, in no particular order. */
  *all(): IterableIterator<S> {
    for (const entry of this.entries) if (entry !== undefined) yield entry;
  }

  /** Adds or replaces a record (visible to sorted lists after `commit`). */
  upsert(entry: E): void {
    this.matchCache.clear();
    const key = this.spec.key(entry);
    let slot = this.slotOf.get(key);
    if (slot !== undefined) this.unindex(slot);
    else {
      slot = this.free.pop() ?? this.entries.length;
      this.slotOf.set(key, slot);
      this.keys[slot] = key;
      this.count += 1;
    }
    this.entries[slot] = this.spec.store ? this.spec.store(entry) : (entry as unknown as S);
    this.removed.delete(slot);
    this.index(slot, entry);
    this.dirty.add(slot);
  }

  /** Removes a record by key (a no-op when absent). */
  remove(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.matchCache.clear();
    this.unindex(slot);
    this.slotOf.delete(key);
    this.entries[slot] = undefined;
    this.count -= 1;
    this.dirty.delete(slot);
    this.removed.add(slot);
  }

  /** Brings the sorted lists up to date after upserts and removals; one sort of the changed records, merged. */
  async commit(): Promise<void> {
    if (this.dirty.size === 0 && this.removed.size === 0) return;
    const changed = [...this.dirty];
    const gone = new Set([...this.removed, ...changed]);
    const pause = timeSlicer();
    for (const [name, list] of this.sorted) {
      const keys = this.orderKeys.get(name)!;
      const compare = (a: number, b: number) => compareKeys(keys[a]!, keys[b]!) || compareKeys(this.keys[a]!, this.keys[b]!);
      const kept = gone.size ? list.filter((slot) => !gone.has(slot)) : list;
      const fresh = await sortInSlices(changed.filter((slot) => this.entries[slot] !== undefined), compare, pause);
      this.sorted.set(name, merge(kept, fresh, compare));
      await pause();
    }
    for (const slot of this.removed) this.free.push(slot);
    this.dirty.clear();
    this.removed.clear();
    this.version += 1;
  }

  /** One page of the records matching the query, with the total, facet counts and cursors. */
  query(query: TableQuery, page: TablePage): TableResult<S> {
    const text = query.text?.trim() ? query.text.trim() : null;
    const order = query.order ?? (text ? RELEVANCE : query.near ? DISTANCE : this.defaultOrder);
    if (order !== RELEVANCE && order !== DISTANCE && !this.orderKeys.has(order)) throw new Error(`table: unknown order "${order}"`);
    const thenBy = text && order === RELEVANCE ? (query.thenBy ?? null) : null;
    if (thenBy !== null && !this.orderKeys.has(thenBy)) throw new Error(`table: unknown order "${thenBy}"`);
    // A cursor of a relevance list ranked by score must not be read as one ranked by another order.
    const label = thenBy ? `${RELEVANCE}:${thenBy}` : order;
    const scores = text ? this.textScores(text) : null;
    const ranges = Object.entries(query.range ?? {}).filter(([, r]) => r && (r.min != null || r.max != null)) as [string, { min?: number | null; max?: number | null }][];
    const filters = Object.entries(query.where ?? {}).filter(([, values]) => values != null) as [string, readonly Keyword[]][];
    const facetNames = (query.facets ?? []).filter((name) => this.postings.has(name));
    const criteria = JSON.stringify([text, query.near ?? null, ranges, filters, facetNames]);
    let found = this.matchCache.get(criteria);
    if (found) {
      // Most recently used last: the oldest is the first dropped.
      this.matchCache.delete(criteria);
    } else {
      found = this.match(scores, query.near ?? null, ranges, filters, facetNames);
      if (this.matchCache.size >= MATCH_CACHE_SIZE) this.matchCache.delete(this.matchCache.keys().next().value!);
    }
    this.matchCache.set(criteria, found);
    const { matching, counts, distances } = found;

    const after = page.after ? decodeCursor(page.after) : null;
    if (after && after.order !== label) throw badUserInput(`"after" is a cursor of a list sorted by ${after.order}, not by ${label}: use the cursors of the same query.`, "after");
    // No criterion at all: every record matches, walked in the order's presorted list.
    const { window, more } = this.pageOf(matching ?? "all", order, scores, distances, after?.sort ?? null, page.first, thenBy);
    const facets: Record<string, FacetCount[]> = {};
    for (const name of facetNames) {
      const tally = new Map(counts.get(name)!);
      // A value asked for stays listed, with 0, so a front end can show it selected.
      for (const value of filters.find(([n]) => n === name)?.[1] ?? []) if (!tally.has(value)) tally.set(value, 0);
      facets[name] = [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareKeys(String(a.value), String(b.value)));
    }
    return {
      total: matching ? matching.length : this.count,
      hits: window.map(({ slot, sort }) => ({
        entry: this.entries[slot]!,
        cursor: encodeCursor({ order: label, sort }),
        distanceKm: distances ? round2(distances.get(slot)!) : null,
        score: scores ? scores.get(slot)!.score : null,
      })),
      hasNextPage: more,
      // Forward pagination: there is a page before exactly when this one starts after a cursor.
      hasPreviousPage: after !== null,
      facets,
    };
  }

  /** The records matching the criteria (null: all of them) and the facet counts, each over the other criteria. */
  private match(
    scores: Map<number, { score: number; tier: number }> | null,
    near: Circle | null,
    ranges: [string, { min?: number | null; max?: number | null }][],
    filters: [string, readonly Keyword[]][],
    facetNames: string[],
  ): Matches {
    const distances = near ? this.within(near) : null;

    const counts = new Map<string, Map<Keyword, number>>(facetNames.map((name) => [name, new Map()]));
    // A facet with no other criterion than (maybe) its own filter counts every record: its postings say how many.
    const unconstrained = !scores && !distances && ranges.length === 0;
    const direct = facetNames.filter((name) => unconstrained && filters.every(([other]) => other === name));
    for (const name of direct) for (const [value, slots] of this.postings.get(name)!) counts.get(name)!.set(value, slots.size);
    const counted = facetNames.filter((name) => !direct.includes(name));

    let matching: number[] | null = null;
    if (!(unconstrained && filters.length === 0)) {
      // The records that pass text, distance and ranges; dimension filters are checked one by one, so a
      // record failing only dimension d still counts in d's facet.
      const base = this.baseSlots(scores, distances, ranges, counted.length ? [] : filters);
      // Each filter as a mask over its dimension's value numbers; each counted facet as an array of counts.
      const passes = filters.map(([name, wanted]) => {
        const numbering = this.valueIds.get(name);
        if (!numbering) throw new Error(`table: unknown filter "${name}"`);
        return { mask: numbering.mask(wanted), numbering };
      });
      const tallies = counted.map((name) => {
        const numbering = this.valueIds.get(name)!;
        return { name, filterIndex: filters.findIndex(([n]) => n === name), tally: new Uint32Array(numbering.names.length), numbering };
      });
      matching = [];
      for (let b = 0; b < base.length; b += 1) {
        const slot = base[b]!;
        let failedAt = -1;
        let failures = 0;
        for (let i = 0; i < passes.length && failures < 2; i += 1) {
          const { mask, numbering } = passes[i]!;
          if (!numbering.matches(slot, mask)) {
            failures += 1;
            failedAt = i;
          }
        }
        if (failures === 0) matching.push(slot);
        if (failures > 1) continue;
        for (let f = 0; f < tallies.length; f += 1) {
          const { filterIndex, tally, numbering } = tallies[f]!;
          if (failures === 1 && failedAt !== filterIndex) continue;
          numbering.count(slot, tally);
        }
      }
      for (const { name, tally } of tallies) {
        const names = this.valueIds.get(name)!.names;
        const counting = counts.get(name)!;
        for (let id = 0; id < tally.length; id += 1) if (tally[id]! > 0) counting.set(names[id]!, tally[id]!);
      }
    }
    return { matching, counts, distances };
  }

  /** The keys of the records having any of the values in a dimension, in the named (or default) order: a reverse link. */
  keysWith(dimension: string, values: readonly Keyword[], order = this.defaultOrder): string[] {
    const slots = new Set<number>();
    for (const value of values) for (const slot of this.postings.get(dimension)?.get(value) ?? []) slots.add(slot);
    return this.pageOf([...slots], order, null, null, null, Number.MAX_SAFE_INTEGER).window.map(({ slot }) => this.keys[slot]!);
  }

  /** How many records have this value in a dimension. */
  countWith(dimension: string, value: Keyword): number {
    return this.postings.get(dimension)?.get(value)?.size ?? 0;
  }

  /** The distinct values of a dimension with their number of records. */
  valuesOf(dimension: string): FacetCount[] {
    return [...(this.postings.get(dimension) ?? [])].map(([value, slots]) => ({ value, count: slots.size })).filter((f) => f.count > 0);
  }

  private index(slot: number, entry: E): void {
    for (const [name, of] of Object.entries(this.spec.keywords ?? {})) {
      const raw = of(entry);
      const list = raw == null ? [] : Array.isArray(raw) ? [...new Set(raw as Keyword[])] : [raw as Keyword];
      this.valueIds.get(name)!.set(slot, list);
      const postings = this.postings.get(name)!;
      for (const value of list) {
        const set = postings.get(value);
        if (set) set.add(slot);
        else postings.set(value, new Set([slot]));
      }
    }
    for (const [name, of] of Object.entries(this.spec.numbers ?? {})) this.numbers.get(name)![slot] = of(entry) ?? Number.NaN;
    for (const [name, of] of Object.entries(this.spec.orders)) this.orderKeys.get(name)![slot] = of(entry);
    if (this.search) {
      const document: Record<string, string> = { key: this.keys[slot]! };
      for (const field of this.textFields) document[field] = this.spec.text!.fields[field]!.of(entry) ?? "";
      this.search.add(document);
      const titles = (this.spec.text!.titles?.(entry) ?? []).map(fold);
      this.titles[slot] = titles.length ? ["", ...titles, ""].join("\n") : undefined;
    }
    const places: number[] = [];
    for (const point of this.spec.points?.(entry) ?? []) {
      places.push(point.latitude, point.longitude);
      this.grid.add(point, slot);
    }
    this.places.set(slot, places);
  }

  private unindex(slot: number): void {
    for (const [name, postings] of this.postings) {
      const numbering = this.valueIds.get(name)!;
      for (const value of numbering.valuesAt(slot)) {
        const set = postings.get(value);
        set?.delete(slot);
        if (set?.size === 0) postings.delete(value);
      }
      numbering.clear(slot);
    }
    if (this.search) this.search.discard(this.keys[slot]!);
    const places = this.places.data;
    for (let i = this.places.start(slot), end = this.places.end(slot); i < end; i += 2) this.grid.remove({ latitude: places[i]!, longitude: places[i + 1]! }, slot);
    this.places.clear(slot);
  }

  private textScores(text: string): Map<number, { score: number; tier: number }> {
    // The same search again (a popular word, or the words typed so far) on an unchanged table: the same scores.
    const cacheKey = `${this.version}\u0001${text}`;
    const cached = this.textCache.get(cacheKey);
    if (cached) {
      this.textCache.delete(cacheKey);
      this.textCache.set(cacheKey, cached);
      return cached;
    }
    const scores = this.scoreText(text);
    this.textCache.set(cacheKey, scores);
    if (this.textCache.size > TEXT_CACHE_SIZE) this.textCache.delete(this.textCache.keys().next().value!);
    return scores;
  }

  private scoreText(text: string): Map<number, { score: number; tier: number }> {
    const terms = text.split(/\s+/).map(indexTerm).filter((t): t is string => t !== null);
    const scores = new Map<number, { score: number; tier: number }>();
    if (terms.length === 0) return scores;
    const boost = Object.fromEntries(this.textFields.map((field) => [field, this.spec.text!.fields[field]!.boost ?? 1]));
    const query = terms.join(" ");
    const options = { boost, combineWith: "AND" as const, prefix: (term: string) => term.length >= 2 };
    let results = this.search!.search(query, options);
    // A typo: what was typed finds (almost) nothing as written, so one edit away is searched too.
    if (results.length < FUZZY_BELOW) results = this.search!.search(query, { ...options, fuzzy: (term: string) => (term.length >= 5 ? 1 : 0), maxFuzzy: 1 });
    const needle = fold(text);
    const [exact, starts] = [`\n${needle}\n`, `\n${needle}`];
    for (const result of results) {
      const slot = this.slotOf.get(String(result.id));
      if (slot === undefined) continue;
      const titles = this.titles[slot] ?? "";
      // An exact title first ("menuisier" before "menuisier agenceur"), then titles starting with the text.
      const tier = titles.includes(exact) ? 2 : titles.includes(starts) ? 1 : 0;
      scores.set(slot, { score: Math.round(result.score * 1e6) / 1e6, tier });
    }
    return scores;
  }

  private within(circle: Circle): Map<number, number> {
    const nearest = new Map<number, number>();
    // A record with several places counts once, at its nearest place within the radius.
    for (const { value: slot, distanceKm } of this.grid.within(circle)) {
      const known = nearest.get(slot);
      if (known === undefined || distanceKm < known) nearest.set(slot, distanceKm);
    }
    return nearest;
  }

  private baseSlots(
    scores: Map<number, unknown> | null,
    distances: Map<number, number> | null,
    ranges: [string, { min?: number | null; max?: number | null }][],
    filters: [string, readonly Keyword[]][],
  ): number[] {
    const sets: { has(slot: number): boolean; size: number; slots: Iterable<number> }[] = [];
    if (scores) sets.push({ has: (s) => scores.has(s), size: scores.size, slots: scores.keys() });
    if (distances) sets.push({ has: (s) => distances.has(s), size: distances.size, slots: distances.keys() });
    const inRange = ranges.map(([name, { min, max }]) => {
      const values = this.numbers.get(name);
      if (!values) throw new Error(`table: unknown range "${name}"`);
      return (slot: number) => {
        const v = values[slot]!;
        return !Number.isNaN(v) && (min == null || v >= min) && (max == null || v <= max);
      };
    });
    // Without facets to count, a dimension filter may be the smallest place to start from.
    for (const [name, wanted] of filters) {
      const postings = this.postings.get(name);
      const parts = wanted.map((value) => postings?.get(value)).filter((set): set is Set<number> => set !== undefined);
      const slots = parts.length === 1 ? parts[0]! : new Set(parts.flatMap((set) => [...set]));
      sets.push({ has: (s) => slots.has(s), size: slots.size, slots });
    }
    if (sets.length === 0) {
      // Every live record, or those within the ranges: one plain pass over the slots.
      const every: number[] = [];
      for (let slot = 0; slot < this.entries.length; slot += 1) {
        if (this.entries[slot] === undefined) continue;
        let inside = true;
        for (let r = 0; r < inRange.length && inside; r += 1) inside = inRange[r]!(slot);
        if (inside) every.push(slot);
      }
      return every;
    }
    sets.sort((a, b) => a.size - b.size);
    const source = sets[0]!.slots;
    const out: number[] = [];
    for (const slot of source) {
      if (this.entries[slot] === undefined) continue;
      if (sets.length > 1 && !sets.every((set) => set.has(slot))) continue;
      if (!inRange.every((test) => test(slot))) continue;
      out.push(slot);
    }
    return out;
  }

  /** The page of `first` matching records after the cursor's sort key, and whether more follow. */
  private pageOf(
    slots: number[] | "all",
    order: string,
    scores: Map<number, { score: number; tier: number }> | null,
    distances: Map<number, number> | null,
    after: CursorKey | null,
    first: number,
    thenBy: string | null = null,
  ): { window: Ranked[]; more: boolean } {
    if (slots === "all") {
      // Every record (relevance and distance always come with their own matches).
      const keys = this.orderKeys.get(order)!;
      const sorted = this.sorted.get(order)!;
      const start = after ? lowerBound(sorted, after, (slot) => [keys[slot]!, this.keys[slot]!], true) : 0;
      return { window: sorted.slice(start, start + first).map((slot) => ({ slot, sort: [keys[slot]!, this.keys[slot]!] })), more: start + first < sorted.length };
    }
    let sortOf: (slot: number) => CursorKey;
    // A number that orders like the sort key's first parts, when there is one: most matches are
    // ruled out on it without building their key.
    let primary: ((slot: number) => number) | null = null;
    let afterPrimary: number | null = null;
    if (order === RELEVANCE) {
      if (!scores) throw new Error("table: relevance needs a text");
      const then = thenBy ? this.orderKeys.get(thenBy)! : null;
      sortOf = (slot) => {
        const hit = scores.get(slot)!;
        return [-hit.tier, then ? then[slot]! : -hit.score, this.keys[slot]!];
      };
      if (!then) {
        primary = (slot) => {
          const hit = scores.get(slot)!;
          return -hit.tier * TIER_WEIGHT - hit.score;
        };
        if (after) afterPrimary = Number(after[0]) * TIER_WEIGHT + Number(after[1]);
      }
    } else if (order === DISTANCE) {
      if (!distances) throw new Error("table: distance needs a point");
      sortOf = (slot) => [round2(distances.get(slot)!), this.keys[slot]!];
      primary = (slot) => round2(distances.get(slot)!);
      if (after) afterPrimary = Number(after[0]);
    } else {
      const keys = this.orderKeys.get(order)!;
      const sorted = this.sorted.get(order)!;
      if (slots.length * 8 > sorted.length) {
        // Many matches: walk the presorted list from the cursor on, keeping the matching records.
        const wanted = new Uint8Array(this.entries.length);
        for (const slot of slots as number[]) wanted[slot] = 1;
        let i = after ? lowerBound(sorted, after, (slot) => [keys[slot]!, this.keys[slot]!], true) : 0;
        const window: Ranked[] = [];
        for (; i < sorted.length && window.length <= first; i += 1) {
          const slot = sorted[i]!;
          if (wanted[slot] === 1) window.push({ slot, sort: [keys[slot]!, this.keys[slot]!] });
        }
        return { window: window.slice(0, first), more: window.length > first };
      }
      sortOf = (slot) => [keys[slot]!, this.keys[slot]!];
    }
    return smallestAfter(slots, sortOf, after, first, primary, afterPrimary);
  }
}

const round2 = (km: number) => Math.round(km * 100) / 100;

/**
 * The `first` records with the smallest sort keys after `after`, in order, and whether more follow:
 * a bounded insertion instead of sorting every match (a common word matches tens of thousands).
 */
function smallestAfter(
  slots: number[],
  sortOf: (slot: number) => CursorKey,
  after: CursorKey | null,
  first: number,
  primary: ((slot: number) => number) | null,
  afterPrimary: number | null,
): { window: Ranked[]; more: boolean } {
  const best: Ranked[] = [];
  const keep = first + 1;
  let worst = Infinity;
  for (const slot of slots) {
    if (primary) {
      const p = primary(slot);
      if (afterPrimary !== null && p < afterPrimary) continue;
      if (best.length === keep && p > worst) continue;
    }
    const sort = sortOf(slot);
    if (after && compareSort(sort, after) <= 0) continue;
    if (best.length === keep && compareSort(sort, best[keep - 1]!.sort) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareSort(sort, best[at - 1]!.sort) < 0) at -= 1;
    best.splice(at, 0, { slot, sort });
    if (best.length > keep) best.pop();
    if (primary && best.length === keep) worst = primary(best[keep - 1]!.slot);
  }
  return { window: best.slice(0, first), more: best.length > first };
}

function compareKeys(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSort(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const c = compareKeys(a[i]!, b[i]!);
    if (c) return c;
  }
  return a.length - b.length;
}

/** The index of the first item whose key is after `key` (strictly, when `strict`). */
function lowerBound<T>(items: T[], key: CursorKey, of: (item: T) => CursorKey, strict: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareSort(of(items[mid]!), key);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts many records without holding the event loop: slices of SORT_SLICE sorted, then merged
 * pairwise, pausing between steps (one sort of 50,000 keys held it for hundreds of milliseconds).
 */
async function sortInSlices(slots: number[], compare: (x: number, y: number) => number, pause: () => Promise<void>): Promise<number[]> {
  if (slots.length <= SORT_SLICE) return slots.sort(compare);
  let runs: number[][] = [];
  for (let i = 0; i < slots.length; i += SORT_SLICE) {
    runs.push(slots.slice(i, i + SORT_SLICE).sort(compare));
    await pause();
  }
  while (runs.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      next.push(i + 1 < runs.length ? merge(runs[i]!, runs[i + 1]!, compare) : runs[i]!);
      await pause();
    }
    runs = next;
  }
  return runs[0]!;
}

function merge(a: number[], b: number[], compare: (x: number, y: number) => number): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
