import { readFileSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "pino";

/** Reads the composed supergraph SDL written by `npm run compose` (schema/supergraph.graphql). */
export function readSupergraph(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new Error(`gateway: unable to read the supergraph at ${path}; run \`npm run compose\` to produce it.`, { cause });
  }
}

export interface SupergraphWatchOptions {
  path: string;
  watch: boolean;
  log: Logger;
  /** Told of each reload attempt after the first load. */
  onReload?: (outcome: "loaded" | "refused", error?: Error) => void;
  /** Quiet time after the last change before reloading, so a file written in several chunks is read whole. */
  debounceMs?: number;
}

/**
 * The supergraph as ApolloGateway's `supergraphSdl` function: loads the file, then (if asked)
 * watches it. A changed file is loaded only after every subgraph it names answers a health
 * check, and only if it builds: otherwise the gateway keeps serving the composition it has.
 * Requests in flight finish on the schema they started with.
 */
export function supergraphFromFile(options: SupergraphWatchOptions): SupergraphSdlHook {
  return async ({ update, healthCheck }) => {
    const initial = readSupergraph(options.path);
    if (!options.watch) return { supergraphSdl: initial };
    let current = initial;
    let timer: NodeJS.Timeout | undefined;
    let queue = Promise.resolve();
    const reload = async () => {
      let next: string;
      try {
        next = readFileSync(options.path, "utf8");
      } catch {
        return; // the file is being replaced; the next event will bring it
      }
      if (next === current) return;
      try {
        await healthCheck(next);
        update(next);
        current = next;
        options.log.info({ path: options.path }, "supergraph reloaded");
        options.onReload?.("loaded");
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        options.log.error({ path: options.path, err: reason.message }, "new supergraph refused; still serving the previous one");
        options.onReload?.("refused", reason);
      }
    };
    // Watch the folder, not the file: tools that save by renaming a new file over the old one
    // would leave a file watcher on a deleted inode.
    const file = basename(options.path);
    const watcher: FSWatcher = watch(dirname(options.path), (_event, name) => {
      if (name && name !== file) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        queue = queue.then(reload);
      }, options.debounceMs ?? 200);
    });
    return {
      supergraphSdl: initial,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
        await queue;
      },
    };
  };
}
