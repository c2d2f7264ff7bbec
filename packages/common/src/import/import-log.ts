import { Schema, type Connection, type Model } from "mongoose";
import type { ImportReport } from "./report";

/** The collection where every import logs its run (what search indexes poll to know they are stale). */
export const IMPORT_RUNS = "import_runs";

/** One run of an import, kept in the service's own database (collection import_runs). */
export interface ImportRunDoc {
  source: string;
  file: string;
  status: "running" | "done" | "failed";
  startedAt: Date;
  finishedAt?: Date | null;
  counts?: Record<string, number>;
  error?: string | null;
}

const importRunSchema = new Schema<ImportRunDoc>(
  {
    source: { type: String, required: true },
    file: { type: String, required: true },
    status: { type: String, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    counts: { type: Object, default: undefined },
    error: { type: String, default: null },
  },
  { collection: IMPORT_RUNS, versionKey: false },
);

export const importRunModel = (connection: Connection): Model<ImportRunDoc> =>
  connection.models.ImportRun ?? connection.model<ImportRunDoc>("ImportRun", importRunSchema);

/**
 * Runs an import and logs it (running → done | failed) so that operators, and subgraphs that
 * keep an index of the data, can see what changed and when.
 */
export async function loggedImport(connection: Connection, source: string, file: string, run: () => Promise<ImportReport>): Promise<ImportReport> {
  const runs = importRunModel(connection);
  const entry = await runs.create({ source, file, status: "running", startedAt: new Date() });
  try {
    const report = await run();
    const { read, created, updated, unchanged, rejectedCount, warningCount } = report;
    await runs.updateOne({ _id: entry._id }, { $set: { status: "done", finishedAt: new Date(), counts: { read, created, updated, unchanged, rejected: rejectedCount, warnings: warningCount } } });
    return report;
  } catch (error) {
    await runs.updateOne({ _id: entry._id }, { $set: { status: "failed", finishedAt: new Date(), error: error instanceof Error ? error.message : String(error) } });
    throw error;
  }
}
