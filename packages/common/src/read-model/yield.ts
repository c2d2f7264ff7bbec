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
