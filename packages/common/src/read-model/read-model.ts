import { monitorEventLoopDelay } from "node:perf_hooks";
import { GraphQLError } from "graphql";
import type { Keyed } from "../store/by-id";
import type { ChangeLog } from "../store/change-log";
import { DocumentCache } from "./document-cache";

/** The records announced as changed since the last refresh, by collection. */
export type ChangedIds = ReadonlyMap<string, ReadonlySet<string>>;

/** What a subgraph's read model is made of: how to load it whole, and how to follow changes. */
export interface ReadModelSpec<S> {
  /** Service name, for logs and errors. */
  name: string;
  /**
   * Builds the whole state from the database (reads every record it needs, off the request path).
   * Long work must yield to the event loop (inChunks, Table.build) so requests keep being served.
   */
  load(progress: (message: string) => void): Promise<S>;
  /**
   * Applies changed records to the state in place (reading them by _id), or returns false when a
   * whole load is the better way (e.g. a referential changed that everything derives from).
   */
  apply?(state: S, changed: ChangedIds): Promise<boolean>;
}

export interface ReadModelSettings {
  /** How often the change log is read (ms). */
  pollMs: number;
  /** Changes announcing more records than this are applied by a whole load. */
  maxIncremental: number;
  /** How long a request waits for the first load before it is answered "not ready" (ms). */
  waitMs: number;
  /** How much stored text (bytes) of whole documents each `documents(collection)` cache holds; 0: none. */
  documentCacheBytes: number;
}

export const DEFAULT_READ_MODEL_SETTINGS: ReadModelSettings = { pollMs: 1000, maxIncremental: 20_000, waitMs: 5_000, documentCacheBytes: 8_000_000 };

type Log = (level: "info" | "warn" | "error", msg: string, fields?: Record<string, unknown>) => void;

const defaultLog: Log = (level, msg, fields) => {
  // Tests (jest sets NODE_ENV=test) see warnings and errors only.
  if (level === "info" && process.env.NODE_ENV === "test") return;
  const line = JSON.stringify({ level, msg, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
};

/**
 * A subgraph's in-memory read model: everything requests list, sort, count, filter, search or
 * link by is served from here, never from a scan of the database (see DESIGN.md, the read-path rule).
 *
 * - Loaded at start; `readiness()` says not ready until then, and requests wait (up to waitMs).
 * - Follows the change log of its database, which every writer of any process or replica appends
 *   to: changed records are applied one by one (an import of one offer does not rebuild 50,000),
 *   or the whole model is loaded again when that is simpler; the previous state serves meanwhile.
 * - One refresh at a time; a refresh asked while one runs is done right after it.
 * - Keeps the whole documents requests read by _id (`documents(collection)`), forgetting each as
 *   soon as a change of it is seen.
 */
export class ReadModel<S> {
  private state: S | null = null;
  private applied = 0;
  private firstLoad: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastError: string | null = null;
  private progressMessage: string | null = null;
  private loadedAt: Date | null = null;
  private readonly caches = new Map<string, DocumentCache<Keyed>>();
  /** Increases with every applied change or load: caches keyed by it never serve stale results. */
  version = 0;

  constructor(
    private readonly changes: ChangeLog,
    private readonly spec: ReadModelSpec<S>,
    private readonly settings: ReadModelSettings = DEFAULT_READ_MODEL_SETTINGS,
    private readonly log: Log = defaultLog,
  ) {}

  /** Starts the first load and the following of the change log; resolves when the first load is done. */
  start(): Promise<void> {
    this.firstLoad ??= this.loadWithRetry();
    return this.firstLoad;
  }

  /** The current state, waiting for the first load up to waitMs. */
  async current(): Promise<S> {
    if (this.state) return this.state;
    void this.start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.settings.waitMs)));
    await Promise.race([this.firstLoad, timeout]);
    clearTimeout(timer);
    if (this.state) return this.state;
    throw new GraphQLError(
      `The ${this.spec.name} subgraph is still loading its data${this.progressMessage ? ` (${this.progressMessage})` : ""}${this.lastError ? `; last error: ${this.lastError}` : ""}. Try again in a few seconds.`,
      { extensions: { code: "SERVICE_NOT_READY", serviceName: this.spec.name } },
    );
  }

  /** The cache of whole documents of a collection, read by _id (see loaderById), kept in step with the change log. */
  documents<D extends Keyed>(collection: string): DocumentCache<D> {
    let cache = this.caches.get(collection);
    if (!cache) this.caches.set(collection, (cache = new DocumentCache<Keyed>(collection, this.settings.documentCacheBytes)));
    // One cache per collection: the collection decides what its documents are.
    return cache as unknown as DocumentCache<D>;
  }

  /** The state if loaded, else null (for code that must not wait). */
  peek(): S | null {
    return this.state;
  }

  readiness(): { ready: boolean; reasons: string[] } {
    if (this.state) return { ready: true, reasons: [] };
    const reasons = [`read model of ${this.spec.name} not loaded yet${this.progressMessage ? ` (${this.progressMessage})` : ""}`];
    if (this.lastError) reasons.push(`last load error: ${this.lastError}`);
    return { ready: false, reasons };
  }

  /** Reads the change log now and applies what it announces (writers in this process call it for read-your-writes). */
  refresh(): Promise<void> {
    if (!this.state) return this.start();
    if (this.running) {
      this.again = true;
      return this.running.then(() => this.refresh());
    }
    this.running = this.follow().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** When the state was last loaded whole, and the last change sequence applied (for logs and metrics). */
  status(): { loadedAt: Date | null; sequence: number; version: number } {
    return { loadedAt: this.loadedAt, sequence: this.applied, version: this.version };
  }

  private async loadWithRetry(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt += 1) {
      try {
        await this.load();
        this.schedule();
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.log("error", "read model load failed; retrying", { service: this.spec.name, attempt, error: this.lastError });
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)).unref());
      }
    }
  }

  /** Loads the whole state, then applies what was written meanwhile. */
  private async load(): Promise<void> {
    const started = Date.now();
    // How long the event loop was held at worst while loading (requests wait that long): logged, and benchmarked.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const head = await this.changes.head();
    for (const cache of this.caches.values()) cache.clear();
    const state = await this.spec.load((message) => (this.progressMessage = message));
    delay.disable();
    this.state = state;
    this.applied = head;
    this.version += 1;
    this.loadedAt = new Date();
    this.lastError = null;
    this.progressMessage = null;
    this.log("info", "read model loaded", {
      service: this.spec.name,
      ms: Date.now() - started,
      sequence: head,
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      longestBlockMs: Math.round(delay.max / 1e6),
    });
    await this.follow();
  }

  private async follow(): Promise<void> {
    do {
      this.again = false;
      const { entries, pruned } = await this.changes.since(this.applied);
      if (pruned) {
        this.log("warn", "read model fell behind the change log; loading it whole", { service: this.spec.name, sequence: this.applied });
        await this.load();
        return;
      }
      if (entries.length === 0) continue;
      const changed = new Map<string, Set<string>>();
      let whole = false;
      let size = 0;
      for (const entry of entries) {
        for (const change of entry.changes) {
          if (change.all) whole = true;
          const ids = changed.get(change.collection) ?? new Set<string>();
          for (const id of change.ids ?? []) ids.add(id);
          size += change.ids?.length ?? 0;
          changed.set(change.collection, ids);
        }
      }
      const last = entries[entries.length - 1]!.sequence;
      this.forget(changed);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const applied = !whole && size <= this.settings.maxIncremental && this.spec.apply ? await this.spec.apply(this.state!, changed) : false;
      delay.disable();
      if (applied) this.log("info", "read model changes applied", { service: this.spec.name, records: size, sequence: last, longestBlockMs: Math.round(delay.max / 1e6) });
      if (!applied) {
        await this.load();
        return;
      }
      this.applied = last;
      this.version += 1;
      this.again ||= entries.length >= 2_000;
    } while (this.again && !this.stopped);
  }

  /**
   * Forgets the cached documents a change announces, before the change is applied (every writer
   * records its change after writing). A change applied by a whole load forgets everything there.
   */
  private forget(changed: ChangedIds): void {
    for (const cache of this.caches.values()) {
      const ids = changed.get(cache.collection);
      if (ids) cache.forget(ids);
    }
  }

  private schedule(): void {
    if (this.stopped || this.settings.pollMs <= 0) return;
    this.timer = setTimeout(() => {
      this.refresh()
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (message !== this.lastError) this.log("warn", "read model refresh failed; serving the previous state", { service: this.spec.name, error: message });
          this.lastError = message;
        })
        .finally(() => this.schedule());
    }, this.settings.pollMs);
    this.timer.unref();
  }
}
