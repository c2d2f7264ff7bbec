// The import CLI on a database that holds nothing yet, as a newcomer runs it right after cloning:
// what the subgraph makes sure of at start (the région's territory) is there for the import too.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase } from "@prisme/common";
import { sharedData, throwAwayDbName } from "@prisme/testing";
import { runImportCli } from "./import-cli";

jest.setTimeout(300_000);

it("imports La Poste's centres of the Puy-de-Dôme into an empty région database, refusing only the communes merged since", async () => {
  const [header, ...lines] = readFileSync(sharedData("region", "laposte_hexasmal_2020.csv"), "utf8").split("\n");
  const puyDeDome = lines.filter((line) => /^63\d{3};/.test(line));
  const file = join(mkdtempSync(join(tmpdir(), "prisme-import-cli-")), "laposte_63.csv");
  writeFileSync(file, `${[header, ...puyDeDome].join("\n")}\n`);
  const db = throwAwayDbName("region_cli");
  try {
    const run = await runImportCli("region", db, "codes-postaux", file);
    const summary = /read (\d+), created (\d+), updated \d+, unchanged \d+, rejected (\d+)/.exec(run.stdout);
    expect(summary).not.toBeNull();
    const [, read, created, rejected] = summary!.map(Number);
    // One record per commune (a commune has a line per postal code and locality).
    expect(read).toBe(new Set(puyDeDome.map((line) => line.slice(0, 5))).size);
    // The communes of the 63 that exist today are all known; only 63330 (merged since 2020) is refused.
    expect(created).toBe(read - rejected);
    expect(rejected).toBe(1);
    expect(run.stdout).toMatch(/rejected line \d+ \(63330\): commune 63330 is not stored/);
  } finally {
    const connection = await connectDatabase(process.env.MONGODB_URI!, db);
    await connection.db!.dropDatabase();
    await connection.close();
  }
});
