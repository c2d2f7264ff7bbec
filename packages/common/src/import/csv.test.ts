import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv, type CsvOptions } from "./csv";
import { ImportFormatError, ImportReport } from "./report";

const folder = mkdtempSync(join(tmpdir(), "csv-test-"));
let files = 0;
const file = (content: string | Buffer) => {
  const path = join(folder, `f${(files += 1)}.csv`);
  writeFileSync(path, content);
  return path;
};

async function read(content: string | Buffer, options: Partial<CsvOptions> = {}) {
  const report = new ImportReport("test", "f.csv");
  const rows = [];
  for await (const row of readCsv(file(content), { required: ["uai", "nom"], rejects: report, ...options })) rows.push(row);
  return { rows, report };
}

describe("readCsv", () => {
  it("rejects a line with fewer fields than the header, as that line, and reads the others", async () => {
    const { rows, report } = await read("uai;nom;tel\n0941902G;Lycée A;0147267164\n0630001A;Collège B\n0630002B;École C;0473000000\n");
    expect(rows.map((r) => r.values.uai)).toEqual(["0941902G", "0630002B"]);
    expect(report.rejectedCount).toBe(1);
    expect(report.read).toBe(1);
    expect(report.rejections[0]).toEqual({ where: "line 3", reason: expect.stringContaining("2 field(s) where the header has 3") });
  });

  it("rejects a line with more fields than the header", async () => {
    const { rows, report } = await read("uai;nom\n0941902G;Lycée;A\n0630001A;Collège\n");
    expect(rows).toHaveLength(1);
    expect(report.rejections[0].where).toBe("line 2");
  });

  it("refuses a file cut in the middle of its last line", async () => {
    const whole = "uai;nom;tel;mail\n0941902G;Lycée A;0147267164;a@b.fr\n";
    await expect(read(`${whole}0630001A;Collège B;014726`)).rejects.toThrow(/cut short \(a truncated download or copy\?\): its last line \(3\) has 3 field\(s\) where the header has 4/);
  });

  it("accepts a last line without line break when it is whole", async () => {
    const { rows, report } = await read("uai;nom\n0941902G;Lycée A\n0630001A;Collège B");
    expect(rows).toHaveLength(2);
    expect(report.rejectedCount).toBe(0);
  });

  it("rejects a short last line that a line break ends (the line is short, the file is whole)", async () => {
    const { rows, report } = await read("uai;nom;tel\n0941902G;Lycée A;01\n0630001A;Collège B\n");
    expect(rows).toHaveLength(1);
    expect(report.rejections[0].where).toBe("line 3");
  });

  it("refuses a file whose quote is never closed", async () => {
    await expect(read('uai;nom\n0941902G;"Lycée A\n0630001A;Collège B\n')).rejects.toThrow(ImportFormatError);
  });

  it("rejects a line with a 5 MB field, with a short reason", async () => {
    const { rows, report } = await read(`uai;nom\n0941902G;${"x".repeat(5_000_000)}\n0630001A;Collège B\n`);
    expect(rows.map((r) => r.values.uai)).toEqual(["0630001A"]);
    expect(report.rejections[0].reason.length).toBeLessThan(200);
  });

  it("refuses a file without the required columns, quoting its header briefly", async () => {
    const error = await read(`${"y".repeat(3_000_000)},nom\n1,2\n`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(/missing column\(s\) "uai", "nom"/);
    expect((error as Error).message.length).toBeLessThan(500);
  });

  it("refuses an empty file", async () => {
    await expect(read("")).rejects.toThrow(/empty/);
    await expect(read("\uFEFF")).rejects.toThrow(/empty/);
  });

  it("skips a UTF-8 byte order mark", async () => {
    const { rows } = await read("\uFEFFuai;nom\n0941902G;Lycée A\n");
    expect(rows[0].values).toEqual({ uai: "0941902G", nom: "Lycée A" });
  });

  it("refuses a Latin-1 file unless told, naming the line and offset of the first byte that is not UTF-8", async () => {
    const latin1 = Buffer.from("uai;nom\n0941902G;Ecole élémentaire\n", "latin1");
    await expect(read(latin1)).rejects.toThrow(/byte 0xE9 at offset 23 \(line 2, after "0941902G;Ecole "\).*--encoding latin1/);
    const { rows } = await read(latin1, { encoding: "latin1" });
    expect(rows[0].values.nom).toBe("Ecole élémentaire");
  });

  it("refuses --encoding latin1 on a file that is UTF-8 with accents (it would store mojibake)", async () => {
    await expect(read("uai;nom\n0941902G;Ecole élémentaire\n", { encoding: "latin1" })).rejects.toThrow(/valid UTF-8/);
  });

  it("reads Windows-1252's own characters (€, œ, ’) under --encoding windows-1252", async () => {
    const { rows } = await read(Buffer.from([...Buffer.from("uai;nom\n0941902G;C"), 0x9c, ...Buffer.from("ur "), 0x92, 0x80, 0x0a]), { encoding: "windows-1252" });
    expect(rows[0].values.nom).toBe("Cœur ’€");
  });

  it("refuses a binary file", async () => {
    await expect(read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).rejects.toThrow(ImportFormatError);
  });
});
