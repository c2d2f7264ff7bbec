import { importRunModel } from "@prisme/common";
import type { OnisepModels } from "../context";
import { OnisepSearchIndex } from "./search-index";

/** How often (ms) a search checks whether an import in another process (the CLI) changed the data. */
export const SEARCH_REFRESH_MS = (() => {
  const raw = process.env.ONISEP_SEARCH_REFRESH_MS;
  const value = raw === undefined || raw === "" ? 5000 : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`ONISEP_SEARCH_REFRESH_MS must be a whole number of milliseconds (got "${raw}").`);
  return value;
})();

interface IndexState {
  current: OnisepSearchIndex | null;
  building: Promise<OnisepSearchIndex> | null;
  stale: boolean;
  checkedAt: number;
}

// One index per set of models (one per database connection), never per request.
const states = new WeakMap<OnisepModels, IndexState>();

const stateOf = (models: OnisepModels): IndexState => {
  let state = states.get(models);
  if (!state) states.set(models, (state = { current: null, building: null, stale: false, checkedAt: 0 }));
  return state;
};

/** Marks the index out of date after an import run in this process: the next search rebuilds it. */
export function markIndexStale(models: OnisepModels): void {
  stateOf(models).stale = true;
}

function rebuild(models: OnisepModels, state: IndexState): Promise<OnisepSearchIndex> {
  state.stale = false;
  state.building ??= OnisepSearchIndex.build(models).then(
    (index) => ((state.current = index), (state.building = null), index),
    (error: unknown) => {
      state.building = null;
      throw error;
    },
  );
  return state.building;
}

/** Did an import finish (in any process) after the index was built? Checked at most every SEARCH_REFRESH_MS. */
async function importedSince(models: OnisepModels, state: IndexState): Promise<boolean> {
  if (!state.current || Date.now() - state.checkedAt < SEARCH_REFRESH_MS) return false;
  state.checkedAt = Date.now();
  const runs = importRunModel(models.Metier.db);
  return (await runs.exists({ status: "done", finishedAt: { $gt: state.current.builtAt } })) !== null;
}

/** The current search index of a database: built on first use (or at start), rebuilt after imports. */
export async function searchIndex(models: OnisepModels): Promise<OnisepSearchIndex> {
  const state = stateOf(models);
  if (!state.current || state.stale) return rebuild(models, state);
  if (await importedSince(models, state)) {
    // An import by another process: rebuild in the background and keep answering from the index
    // we have, so that no request waits (or times out at the gateway) while thousands of records are read.
    rebuild(models, state).catch((error: unknown) => console.error(`[onisep] search index rebuild failed: ${String(error)}`));
  }
  return state.current;
}
