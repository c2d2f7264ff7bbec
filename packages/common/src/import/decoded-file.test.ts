import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDecoded } from "./decoded-file";
import type { EncodingOptions } from "./encoding";
import { utf8Problem } from "./utf8-scan";

const folder = mkdtempSync(join(tmpdir(), "decode-test-"));
let files = 0;
const decode = (bytes: Buffer, options: EncodingOptions = {}) => {
  const path = join(folder, `f${(files += 1)}`);
  writeFileSync(path, bytes);
  return readDecoded(path, options);
};
const latin1Xml = (declaration: string) => Buffer.from(`<?xml version="1.0"${declaration}?>\n<lheo><ville>Veigné</ville></lheo>\n`, "latin1");

describe("readDecoded", () => {
  it("reads an XML file in the encoding its declaration names", async () => {
    expect(await decode(latin1Xml(' encoding="ISO-8859-1"'), { xml: true })).toContain("<ville>Veigné</ville>");
  });

  it("refuses a Latin-1 XML file that declares nothing, rather than storing U+FFFD", async () => {
    await expect(decode(latin1Xml(""), { xml: true })).rejects.toThrow(/byte 0xE9 at offset \d+ \(line 2, after "<lheo><ville>Veign"\)/);
  });

  it("refuses an XML file whose declaration says Latin-1 while its content is UTF-8", async () => {
    const mislabelled = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<lheo><ville>Veigné</ville></lheo>\n', "utf8");
    await expect(decode(mislabelled, { xml: true })).rejects.toThrow(/--encoding utf8/);
    expect(await decode(mislabelled, { xml: true, encoding: "utf8" })).toContain("Veigné");
  });

  it("refuses an encoding it does not read, saying how to convert", async () => {
    await expect(decode(Buffer.from('<?xml version="1.0" encoding="EBCDIC-FR"?><a/>'), { xml: true })).rejects.toThrow(/iconv -f EBCDIC-FR -t UTF-8/);
  });

  it("keeps a U+FFFD that the file really holds", async () => {
    expect(await decode(Buffer.from("a\uFFFDb", "utf8"))).toBe("a\uFFFDb");
  });

  it("refuses a file cut in the middle of a UTF-8 character", async () => {
    await expect(decode(Buffer.from([0x41, 0xc3]))).rejects.toThrow(/offset 1/);
  });

  it("reads UTF-16 when a byte order mark says so", async () => {
    expect(await decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Veigné", "utf16le")]))).toBe("Veigné");
  });

  it("finds an invalid byte far into a large file (across read chunks)", async () => {
    const big = Buffer.concat([Buffer.from("é\n".repeat(100_000)), Buffer.from([0x41, 0xff])]);
    await expect(decode(big)).rejects.toThrow(/offset 300001 \(line 100001/);
  });
});

describe("utf8Problem", () => {
  it("tells an invalid byte from a character cut by the end", () => {
    expect(utf8Problem(Buffer.from("é", "utf8"))).toBeNull();
    expect(utf8Problem(Buffer.from([0x41, 0xe9, 0x42]))).toEqual({ invalidAt: 1 });
    expect(utf8Problem(Buffer.from([0x41, 0xe2, 0x82]))).toEqual({ incompleteAt: 1 });
    expect(utf8Problem(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ invalidAt: 0 }); // a surrogate
    expect(utf8Problem(Buffer.from([0xc0, 0xaf]))).toEqual({ invalidAt: 0 }); // overlong
  });
});
