import type { Model } from "mongoose";
import { importRunModel } from "@prisme/common";

/** The last finished import run: an index built before it (an import through the CLI, another process) is stale. */
async function lastImport(model: Model<never>): Promise<number> {
  const last = await importRunModel(model.db).find({ status: "done" }, { finishedAt: 1 }).sort({ finishedAt: -1 }).limit(1).lean();
  return last[0]?.finishedAt?.getTime() ?? 0;
}

/**
 * An in-memory index of a collection, built on first use from one read of it and rebuilt after an
 * import: requests never scan the collection (FerretDB's SQLite backend uses no secondary index).
 */
export function indexCache<I>(build: (model: Model<never>) => Promise<I>) {
  const built = new WeakMap<object, Promise<{ index: I; stamp: number }>>();
  const make = (model: Model<never>) => {
    const next = (async () => {
      const stamp = await lastImport(model);
      return { index: await build(model), stamp };
    })();
    built.set(model, next);
    return next;
  };
  return {
    async get(model: Model<never>): Promise<I> {
      const current = await built.get(model)?.catch(() => null);
      if (current && current.stamp >= (await lastImport(model))) return current.index;
      return (await make(model)).index;
    },
    /** Writers in this process (importers, demo seed, mutations) call it so that the next read sees their data. */
    invalidate(model: object): void {
      built.delete(model);
    },
  };
}
