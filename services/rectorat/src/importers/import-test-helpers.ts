import { noProgress, type ImportReport, type Keyed } from "@prisme/common";
import { readStored } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";

interface Service {
  models: RectoratModels;
  readModel: { refresh(): Promise<void> };
}

/** Runs one of the subgraph's importers as the CLI does, without progress output, then lets the read model catch up. */
export async function runImport(service: Service, source: string, file: string): Promise<ImportReport> {
  try {
    return await rectorat.importers![source].run(service.models, file, { progress: noProgress });
  } finally {
    await service.readModel.refresh();
  }
}

/** A stored record, read by its natural key, as it was written. */
export const stored = <D extends Keyed>(service: Service, collection: string, id: string) => readStored<D>(service.models.db, collection, id);

/** How many records a collection holds (a test may count; requests never do). */
export const countOf = (service: Service, collection: string) => service.models.db.collection(collection).countDocuments();
