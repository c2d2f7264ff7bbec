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

/** How long synchronous work runs before it lets the event loop serve what waits (ms). */
export const SLICE_MS = 10;

/**
 * Runs `work` on each item, yielding to the event loop whenever SLICE_MS have passed: applying
 * thousands of changed records to a table never holds requests back for more than a slice,
 * whatever each record costs.
 */
export async function eachInSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  let since = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - since >= SLICE_MS) {
      await yieldToLoop();
      since = performance.now();
    }
  }
}
