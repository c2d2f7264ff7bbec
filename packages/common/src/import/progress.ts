import { statSync, type ReadStream } from "node:fs";

export type ProgressSink = (message: string) => void;

/** Progress goes to stderr so that a report on stdout stays clean; silent under jest unless asked. */
export const stderrProgress: ProgressSink = (message) => process.stderr.write(`${message}\n`);
export const noProgress: ProgressSink = () => undefined;

/**
 * How often progress is reported, in ms: PRISME_PROGRESS_MS (default 1000; 0 reports every
 * record, which the tests that stop an import at a given point rely on).
 */
export function progressIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.PRISME_PROGRESS_MS ?? 1000);
  if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid configuration in the environment:\n  PRISME_PROGRESS_MS: "${env.PRISME_PROGRESS_MS}" is not a number of milliseconds (0 or more)`);
  return value;
}

/**
 * Reports how far through a file a stream is (bytes and records), at most every `everyMs`.
 * Attach it to the file's read stream; call `record()` for each record and `done()` at the end.
 */
export function fileProgress(path: string, stream: ReadStream, sink: ProgressSink, label: string, everyMs = progressIntervalMs()) {
  const total = statSync(path).size;
  let records = 0;
  let last = Date.now();
  const started = last;
  const line = () => {
    const percent = total ? Math.min(100, Math.round((stream.bytesRead / total) * 100)) : 100;
    const seconds = (Date.now() - started) / 1000;
    return `[${label}] ${percent}% (${(stream.bytesRead / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB), ${records} records, ${seconds.toFixed(1)} s`;
  };
  return {
    record() {
      records += 1;
      const now = Date.now();
      if (now - last >= everyMs) {
        last = now;
        sink(line());
      }
    },
    done() {
      sink(line());
    },
  };
}
