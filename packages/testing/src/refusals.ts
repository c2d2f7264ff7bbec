import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BaseContext } from "@apollo/server";
import { ImportFormatError, noProgress, type ImportReport, type SubgraphDefinition } from "@prisme/common";
import type { TestService } from "./services";

/**
 * How long a refusal or a rejection may be: a person acts on it by reading it, so it says what is
 * wrong and does not paste the file back (@prisme/common clips a reason to 400 characters and a
 * refusal to 1,000; the file's path comes on top).
 */
export const REFUSAL_MAX_CHARS = 1_200;

/**
 * Feeds one importer of a subgraph each bad file (name → content) and lists what is wrong with what
 * it answered: a refusal that is not an ImportFormatError, or a refusal or rejection longer than
 * REFUSAL_MAX_CHARS or quoting more of the file than a short excerpt (`quotes` tells). Empty when
 * every answer says briefly what was wrong.
 */
export async function refusalProblems<M, C extends BaseContext, S>(
  service: TestService<M>,
  definition: SubgraphDefinition<M, C, S>,
  source: string,
  badFiles: Record<string, string>,
  quotes: (message: string) => boolean,
): Promise<string[]> {
  const importer = definition.importers?.[source];
  if (!importer) throw new Error(`${definition.name} has no importer "${source}"`);
  const folder = mkdtempSync(join(tmpdir(), `${definition.name}-refusals-`));
  const problems: string[] = [];
  for (const [name, content] of Object.entries(badFiles)) {
    const path = join(folder, name);
    writeFileSync(path, content);
    const outcome = await importer.run(service.models, path, { progress: noProgress }).catch((error: unknown) => error);
    await service.readModel.refresh();
    const refused = outcome instanceof Error;
    if (refused && !(outcome instanceof ImportFormatError)) problems.push(`${name}: refused by ${outcome.constructor.name} (${outcome.message.slice(0, 120)}), not an ImportFormatError`);
    const messages = refused ? [outcome.message.replace(path, "")] : (outcome as ImportReport).rejections.map(({ where, reason }) => `${where}: ${reason}`);
    for (const message of messages) {
      if (message.length >= REFUSAL_MAX_CHARS) problems.push(`${name}: a message of ${message.length} characters`);
      if (quotes(message)) problems.push(`${name}: the message quotes the file: ${message.slice(0, 120)}…`);
    }
  }
  return problems;
}
