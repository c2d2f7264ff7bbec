// Every import source against damaged files: a real sample is imported first, then the source is
// fed a truncated file, an empty file, a Latin-1 file, a wrong delimiter, a 5 MB line, a file of
// another kind and a binary file. Each is refused whole, or its bad lines are rejected; and the
// stored records are byte-identical afterwards (every collection, every document's BSON).
// The sources come from the subgraph definitions: a new one without a sample fails here.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { carifOref } from "@prisme/carif-oref";
import { connectDatabase, ImportFormatError, noProgress, type EncodingOption, type ImportReport, type SubgraphDefinition } from "@prisme/common";
import { onisep } from "@prisme/onisep";
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
import { throwAwayDbName } from "@prisme/testing";
import type { Connection } from "mongoose";
import { anotherKind, binary, empty, hugeLine, latin1, latin1Copy, truncated, wrongDelimiter, type Damage } from "./damage";
import { differences, dump, type Dump } from "./dump";
import { SAMPLES, type SampleSpec } from "./sources";

jest.setTimeout(300_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = SubgraphDefinition<any, any, any>;
const DEFINITIONS: AnyDefinition[] = [onisep, carifOref, rectorat, region];
const SOURCES = DEFINITIONS.flatMap((definition) => Object.keys(definition.importers ?? {}).map((source) => ({ source, definition })));
const scratch = mkdtempSync(join(tmpdir(), "prisme-import-matrix-"));

/** The sample as imported: the real file, or its header and first lines (whole records). */
function cleanSample(spec: SampleSpec): Buffer {
  const bytes = readFileSync(spec.file());
  if (spec.format !== "csv" || (!spec.lines && !spec.keep)) return bytes;
  const [header, ...lines] = bytes.toString("utf8").split("\n");
  const kept = lines.filter((line) => line.trim() && (!spec.keep || spec.keep(line))).slice(0, spec.lines ?? Infinity);
  return Buffer.from(`${[header, ...kept].join("\n")}\n`, "utf8");
}

/**
 * Writes a file under the sample's own name (some sources read a year from it), with its
 * companions beside it (in Latin-1 too when the file is: an export comes in one encoding).
 */
function place(folder: string, spec: SampleSpec, bytes: Buffer, companionsInLatin1 = false): string {
  mkdirSync(folder, { recursive: true });
  for (const companion of spec.companions?.() ?? []) {
    const target = join(folder, basename(companion));
    if (companionsInLatin1) writeFileSync(target, latin1Copy(readFileSync(companion)) ?? readFileSync(companion));
    else copyFileSync(companion, target);
  }
  const path = join(folder, basename(spec.file()));
  writeFileSync(path, bytes);
  return path;
}

type Outcome = { refused: string } | { report: ImportReport };

async function run(definition: AnyDefinition, models: unknown, source: string, file: string, encoding?: EncodingOption): Promise<Outcome> {
  try {
    return { report: await definition.importers![source].run(models, file, { progress: noProgress, encoding }) };
  } catch (error) {
    if (error instanceof ImportFormatError) return { refused: error.message };
    throw error;
  }
}

const wrote = (outcome: Outcome) => ("report" in outcome ? outcome.report.created + outcome.report.updated : 0);

const CASES: { name: string; damage: Damage; refused: (spec: SampleSpec, clean: Buffer) => boolean }[] = [
  { name: "a truncated file", damage: truncated, refused: () => true },
  { name: "an empty file", damage: empty, refused: () => true },
  { name: "a Latin-1 file (no --encoding)", damage: latin1, refused: (_spec, clean) => clean.some((byte) => byte >= 0x80) },
  { name: "a wrong delimiter", damage: wrongDelimiter, refused: () => true },
  // A CSV rejects the line; an XML file ignores text between records; JSON is no longer JSON.
  { name: "a 5 MB line", damage: hugeLine, refused: (spec) => spec.format === "json" },
  { name: "a file of another kind", damage: anotherKind, refused: () => true },
  { name: "a binary file", damage: binary, refused: () => true },
];

it("has a sample for every import source of the four subgraphs", () => {
  expect(SOURCES.filter(({ source }) => !SAMPLES[source]).map(({ source }) => source)).toEqual([]);
});

describe.each(SOURCES.filter(({ source }) => SAMPLES[source]))("import source $source", ({ source, definition }) => {
  const spec = SAMPLES[source];
  let connection: Connection;
  let models: unknown;
  let clean: Buffer;
  let stored: Dump;

  beforeAll(async () => {
    connection = await connectDatabase(process.env.MONGODB_URI!, throwAwayDbName(`matrix_${source}`));
    models = definition.models(connection);
    if (spec.seedDemo) await definition.seedDemo(models);
    clean = cleanSample(spec);
    const first = await run(definition, models, source, place(join(scratch, source, "clean"), spec, clean));
    if ("refused" in first) throw new Error(`the clean sample of ${source} was refused: ${first.refused}`);
    expect(first.report.created).toBeGreaterThan(0);
    stored = await dump(connection.db!);
  });
  afterAll(async () => {
    await connection?.db?.dropDatabase();
    await connection?.close();
  });

  it.each(CASES)("$name: refused whole or its bad lines rejected, and nothing stored changes", async ({ name, damage, refused }) => {
    const bytes = damage(clean, spec);
    if (!bytes) return; // not a delimited format: no delimiter to get wrong
    const outcome = await run(definition, models, source, place(join(scratch, source, name.replace(/\W+/g, "-")), spec, bytes));
    if (refused(spec, clean)) {
      expect(outcome).toEqual({ refused: expect.stringContaining("refused as a whole, nothing was imported") });
      expect((outcome as { refused: string }).refused.length).toBeLessThan(1_500);
    } else {
      expect(wrote(outcome)).toBe(0);
    }
    // Unless it broke the quoting of a multi-line field (the file is then refused whole), the line is rejected.
    if (name === "a 5 MB line" && spec.format === "csv" && "report" in outcome) {
      expect(outcome.report.rejections).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/field\(s\) where (the header has|a record has)|characters long/) }));
    }
    expect(differences(stored, await dump(connection.db!))).toBe("");
  });

  it("reads the Latin-1 copy right with --encoding latin1: the same records, nothing changes", async () => {
    const copy = latin1Copy(clean);
    if (!copy) return; // some character of the sample has no Latin-1/Windows-1252 byte
    const outcome = await run(definition, models, source, place(join(scratch, source, "latin1-declared"), spec, copy, true), "latin1");
    expect(outcome).toEqual({ report: expect.objectContaining({ created: 0, updated: 0 }) });
    expect(differences(stored, await dump(connection.db!))).toBe("");
  });
});
