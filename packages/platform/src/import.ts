#!/usr/bin/env node
// `npm run import -- <source> <file>`: one CLI for every source of every subgraph.
import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { carifOref } from "@prisme/carif-oref";
import {
  connectDatabase,
  databaseNameFor,
  ENCODING_OPTIONS,
  ImportFormatError,
  isEncodingOption,
  loggedImport,
  mongoUriFor,
  stderrProgress,
  type EncodingOption,
  type SubgraphDefinition,
} from "@prisme/common";
import { onisep } from "@prisme/onisep";
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
import { withDatabase } from "./database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const DEFINITIONS: SubgraphDefinition<any, any>[] = [onisep, carifOref, rectorat, region];

function usage(): string {
  const lines = [
    "Usage: npm run import -- <source> <file> [--encoding utf8|latin1|windows-1252]",
    "",
    "A file is read as UTF-8 unless it starts with a byte order mark or, for XML, declares its encoding.",
    "--encoding says how to read a file that does neither (e.g. a Latin-1 export): without it, such a",
    "file is refused, naming its first byte that is not UTF-8.",
    "",
    "Sources:",
  ];
  for (const definition of DEFINITIONS) {
    for (const [name, importer] of Object.entries(definition.importers ?? {})) {
      lines.push(`  ${name.padEnd(28)} (${definition.name}) ${importer.description}`);
    }
  }
  return lines.join("\n");
}

/** Splits `--encoding <name>` (or `--encoding=<name>`) from the positional arguments. */
function parseArguments(argv: string[]): { positional: string[]; encoding?: EncodingOption; problem?: string } {
  const positional: string[] = [];
  let encoding: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--encoding") encoding = argv[(i += 1)] ?? "";
    else if (arg.startsWith("--encoding=")) encoding = arg.slice("--encoding=".length);
    else positional.push(arg);
  }
  if (encoding === undefined) return { positional };
  const name = encoding.toLowerCase().replace(/^utf-8$/, "utf8").replace(/^iso-8859-1$/, "latin1");
  if (!isEncodingOption(name)) return { positional, problem: `--encoding "${encoding}" is not one of ${ENCODING_OPTIONS.join(", ")}.` };
  return { positional, encoding: name };
}

async function main(argv: string[]): Promise<number> {
  const { positional, encoding, problem } = parseArguments(argv);
  const [source, file] = positional;
  if (problem) {
    console.error(`${problem}\n\n${usage()}`);
    return 2;
  }
  if (!source || source === "--help" || source === "-h") {
    console.log(usage());
    return source ? 0 : 2;
  }
  const definition = DEFINITIONS.find((d) => d.importers?.[source]);
  if (!definition) {
    console.error(`Unknown source "${source}".\n\n${usage()}`);
    return 2;
  }
  if (!file) {
    console.error(`Missing the file to import.\n\n${usage()}`);
    return 2;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    console.error(`${path}: no such file.`);
    return 2;
  }
  const importer = definition.importers![source];
  return withDatabase(mongoUriFor(definition.name), async (uri) => {
    const connection = await connectDatabase(uri, databaseNameFor(definition.name));
    try {
      const models = definition.models(connection);
      // What the subgraph makes sure of at start (e.g. the région's territory), an import may rely on too.
      await definition.onStart?.(models);
      const report = await loggedImport(connection, source, path, () => importer.run(models, path, { progress: stderrProgress, encoding }));
      console.log(report.summary());
      return 0;
    } catch (error) {
      if (error instanceof ImportFormatError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    } finally {
      await connection.close();
    }
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
