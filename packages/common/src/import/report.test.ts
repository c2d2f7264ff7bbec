import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv } from "./csv";
import { ImportFormatError, ImportReport } from "./report";

const dir = mkdtempSync(join(tmpdir(), "report-"));

describe("import reports and refusals", () => {
  it("counts warnings beside rejections and prints them", () => {
    const report = new ImportReport("lheo", "flux.xml");
    report.read = 2;
    report.created = 2;
    report.warn("formation F1 (line 12, <objectif-general-formation>)", 'code "42" is in no LHEO dictionary: kept as is');
    expect(report.summary()).toBe(
      'lheo flux.xml: read 2, created 2, updated 0, unchanged 0, rejected 0, warnings 1\n  warning formation F1 (line 12, <objectif-general-formation>): code "42" is in no LHEO dictionary: kept as is',
    );
    expect(report.toJSON()).toMatchObject({ warningCount: 1, warnings: [{ where: "formation F1 (line 12, <objectif-general-formation>)" }] });
  });

  it("quotes at most a short excerpt of a file in a refusal or a rejection", async () => {
    const xml = join(dir, "one-line.xml");
    writeFileSync(xml, `<root>${"<item><a>valeur</a></item>".repeat(2000)}</root>\n`);
    const attempt = (async () => {
      for await (const row of readCsv(xml, { required: ["code_rome"], rejects: "skip" })) void row;
    })();
    await expect(attempt).rejects.toBeInstanceOf(ImportFormatError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/missing column\(s\) "code_rome"; found "<root><item>/);
    expect(message.length).toBeLessThan(500);

    const report = new ImportReport("rome", "x.csv");
    report.reject("line 2", `"${"A".repeat(30_000)}" is not a ROME code`);
    expect(report.rejections[0]!.reason.length).toBeLessThan(500);
    expect(new ImportFormatError("x.csv", "y".repeat(30_000)).message.length).toBeLessThan(1100);
  });

  it("reads a file without a header line by the names given to its columns", async () => {
    const csv = join(dir, "sans-entete.csv");
    writeFileSync(csv, "11001;THEORIE GRAPHES;théorie graphes\n80015;EMPLOYE\n99999\n");
    const rows = [];
    const report = new ImportReport("formacode", "sans-entete.csv");
    for await (const row of readCsv(csv, { required: [], columns: ["code", "libelle", "minuscules"], minFields: 2, quotes: "none", rejects: report })) rows.push(row);
    expect(rows).toEqual([
      { line: 1, values: { code: "11001", libelle: "THEORIE GRAPHES", minuscules: "théorie graphes" } },
      { line: 2, values: { code: "80015", libelle: "EMPLOYE", minuscules: "" } },
    ]);
    expect(report.rejections).toEqual([{ where: "line 3", reason: "1 field(s) where a record has at least 2: not a record of this file" }]);
  });
});
