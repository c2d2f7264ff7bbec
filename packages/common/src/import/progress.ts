import { statSync, type ReadStream } from "node:fs";

export type ProgressSink = (message: string) => void;

/** Progress goes to stderr so that a report on stdout stays clean; silent under jest unless asked. */
export const stderrProgress: ProgressSink = (message) => process.stderr.write(`${message}\n`);
export const noProgress: ProgressSink = () => undefined;

/**
 * Reports how far through a file a stream is (bytes and records), at most every `everyMs`.
 * Attach it to the file's read stream; call `record()` for each record and `done()` at the end.
 */
export function fileProgress(path: string, stream: ReadStream, sink: ProgressSink, label: string, everyMs = 1000) {
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
