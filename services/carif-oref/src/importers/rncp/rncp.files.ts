import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { ImportFormatError } from "@prisme/common";

export interface RncpFiles {
  standard: string;
  rome: string | null;
  formacode: string | null;
}

/**
 * Finds the files of a France Compétences export: given its folder or its Standard file, the
 * Standard file is required, the Rome and Formacode files are read when they sit beside it.
 */
export function locateRncpFiles(path: string): RncpFiles {
  const folder = statSync(path).isDirectory() ? path : dirname(path);
  const names = readdirSync(folder);
  const find = (part: string) => names.find((n) => new RegExp(`export_fiches_CSV_${part}_.*\\.csv$`, "i").test(n));
  const standard = statSync(path).isDirectory() ? find("Standard") : path.split("/").pop();
  if (!standard || !/Standard/i.test(standard)) {
    throw new ImportFormatError(path, "no France Compétences Standard file (export_fiches_CSV_Standard_<date>.csv) here; give the export folder or that file");
  }
  const rome = find("Rome");
  const formacode = find("Formacode");
  return { standard: join(folder, standard), rome: rome ? join(folder, rome) : null, formacode: formacode ? join(folder, formacode) : null };
}
