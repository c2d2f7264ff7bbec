import { readStored } from "@prisme/testing";
import { noProgress, type ImportReport, type Keyed } from "@prisme/common";
import type { RegionModels } from "../context";
import { region } from "../definition";

type Service = { models: RegionModels; readModel: { refresh(): Promise<void> } };

/** Runs one of the subgraph's importers as the CLI does, without progress output, then lets the read model catch up. */
export async function runImport(service: Service, source: string, file: string): Promise<ImportReport> {
  try {
    return await region.importers![source].run(service.models, file, { progress: noProgress });
  } finally {
    await service.readModel.refresh();
  }
}

/** A stored document by _id, without its provenance (what an importer wrote). */
export async function stored<D extends Keyed>(service: Service, collection: string, id: string): Promise<Omit<D, "provenance"> | null> {
  const doc = await readStored<D>(service.models.db, collection, id);
  if (!doc) return null;
  const rest: Record<string, unknown> = { ...doc };
  delete rest.provenance;
  return rest as Omit<D, "provenance">;
}

/** How many documents a collection holds (tests may count; requests never do). */
export const countIn = (service: Service, collection: string, filter: Record<string, unknown> = {}) => service.models.db.collection(collection).countDocuments(filter);
