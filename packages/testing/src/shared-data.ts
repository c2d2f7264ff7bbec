import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "@prisme/embedded-db";

/**
 * Path of a real sample file in ../shared/data (beside the checkout; CI lays it there too).
 * PRISME_SHARED_DATA overrides the folder. The samples are never copied into the repository.
 */
export function sharedData(...parts: string[]): string {
  const folder = process.env.PRISME_SHARED_DATA ?? join(projectRoot(), "..", "shared", "data");
  const path = join(folder, ...parts);
  if (!existsSync(path)) throw new Error(`Sample file not found: ${path} (set PRISME_SHARED_DATA to the shared/data folder)`);
  return path;
}
