import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";

/** Lets the event loop serve what waits (requests, timers) before going on. */
export const yieldToLoop = (): Promise<void> => nextTurn();

/**
 * Runs `work` over the items in chunks, yielding to the event loop between chunks: long builds
 * (a read model of 50,000 records) never hold requests back for more than one chunk.
 */
export async function inChunks<T>(items: readonly T[], size: number, work: (chunk: readonly T[]) => void | Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await work(items.slice(i, i + size));
    await yieldToLoop();
  }
}

/** How long a long task holds the event loop before it lets waiting requests through (well under the 50 ms goal). */
export const SLICE_MS = 10;

/**
 * A pause for long loops: `await pause()` after each item yields to the event loop once `sliceMs`
 * have passed since the last yield, and otherwise costs one resolved promise. Time rather than a
 * count of items, because an item's cost varies tenfold with the record and the machine's load
 * (measured: 2,000 table entries took 200 to 300 ms on a busy 2-core machine).
 */
export function timeSlicer(sliceMs = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  const resolved = Promise.resolve();
  return () => {
    if (performance.now() - since < sliceMs) return resolved;
    return yieldToLoop().then(() => {
      since = performance.now();
    });
  };
}

/**
 * Runs `work` on each item, yielding to the event loop whenever SLICE_MS have passed: applying
 * thousands of changed records to a table never holds requests back for more than a slice,
 * whatever each record costs.
 */
export async function eachInSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  const pause = timeSlicer();
  for (const item of items) {
    work(item);
    await pause();
  }
}
