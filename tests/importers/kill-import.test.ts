// An import killed with SIGKILL (a crash, an OOM kill, a pulled plug) at several points, then run
// again, leaves exactly the records a clean import leaves. The import CLI runs as built
// (packages/platform/dist/import.js) against throw-away databases of the test run's FerretDB.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase } from "@prisme/common";
import { sharedData, throwAwayDbName } from "@prisme/testing";
import { canonicalDump } from "./canonical-dump";
import { generateLheoFeed, runImportCli, type KillPoint } from "./import-cli";

jest.setTimeout(900_000);

const scratch = mkdtempSync(join(tmpdir(), "prisme-kill-import-"));

/** The header and first lines of a real CSV sample (whole records), to keep the run short. */
function head(path: string, lines: number, name: string): string {
  const [header, ...rest] = readFileSync(path, "utf8").split("\n");
  const target = join(scratch, name);
  writeFileSync(target, `${[header, ...rest.slice(0, lines)].join("\n")}\n`);
  return target;
}

interface Scenario {
  service: string;
  source: string;
  file: () => Promise<string>;
  /** Where the runs are killed, one after the other, before the run that completes. */
  kills: KillPoint[];
}

const SCENARIOS: Scenario[] = [
  {
    // Two passes: the check of the whole file, then reading and writing by batches of 1,000.
    service: "carif-oref",
    source: "certif-info",
    file: async () => head(sharedData("carif-oref", "certif_info.csv"), 3_000, "certif_info.csv"),
    kills: [
      { line: /pass 1\/2/, count: 1_500 },
      { line: /pass 2\/2/, count: 1_200 },
      { line: /pass 2\/2/, count: 2_600 },
    ],
  },
  {
    // One reading (changed offers set aside in a spool file), then the writes, then withdrawals.
    service: "carif-oref",
    source: "lheo",
    file: async () => {
      const path = join(scratch, "feed.xml");
      await generateLheoFeed(1_500, 7, sharedData(), path);
      return path;
    },
    kills: [
      { line: /\(reading\)/, count: 700 },
      { line: /records written/, count: 1 },
    ],
  },
  {
    // The issue's own file: the Annuaire, read whole, then the établissements written.
    service: "rectorat",
    source: "annuaire",
    file: async () => sharedData("rectorat", "fr-en-annuaire-education_extract_dep35.csv"),
    kills: [
      { line: /\[annuaire\]/, count: 500 },
      { line: /records written/, count: 1 },
    ],
  },
];

async function dumpOf(dbName: string) {
  const connection = await connectDatabase(process.env.MONGODB_URI!, dbName);
  try {
    return await canonicalDump(connection.db!);
  } finally {
    await connection.db!.dropDatabase();
    await connection.close();
  }
}

describe.each(SCENARIOS)("$source killed with SIGKILL, then imported again", ({ service, source, file, kills }) => {
  it("ends with exactly the records of a clean import", async () => {
    const path = await file();
    const clean = throwAwayDbName(`clean_${source}`);
    await runImportCli(service, clean, source, path);

    const killed = throwAwayDbName(`killed_${source}`);
    for (const kill of kills) {
      const run = await runImportCli(service, killed, source, path, kill);
      // The kill point was reached: the import was killed, not finished (lines already sent may follow).
      expect(run.signal).toBe("SIGKILL");
      expect(run.matched).toBeGreaterThanOrEqual(kill.count);
    }
    const last = await runImportCli(service, killed, source, path);
    expect(last.stdout).toMatch(new RegExp(`^${source} `));

    const [expected, actual] = [await dumpOf(clean), await dumpOf(killed)];
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const collection of Object.keys(expected)) expect({ collection, records: actual[collection] }).toEqual({ collection, records: expected[collection] });
  });
});
