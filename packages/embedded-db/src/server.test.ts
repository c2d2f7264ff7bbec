import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_GOGC, gogcOf, startEmbeddedDb } from "./server";

/** The environment a running process was started with. */
const environOf = (pid: number) =>
  Object.fromEntries(
    readFileSync(`/proc/${pid}/environ`, "utf8")
      .split("\0")
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );

describe("the embedded database's garbage collector setting", () => {
  const saved = process.env.GOGC;
  let dataDir: string;
  beforeEach(() => {
    delete process.env.GOGC;
    dataDir = mkdtempSync(join(tmpdir(), "prisme-gogc-"));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GOGC;
    else process.env.GOGC = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts FerretDB with Prisme's GOGC, or with the one the environment gives", async () => {
    const db = await startEmbeddedDb({ port: 0, dataDir });
    try {
      expect(environOf(db.pid!).GOGC).toBe(DEFAULT_GOGC);
    } finally {
      await db.stop();
    }
    process.env.GOGC = "150";
    const tuned = await startEmbeddedDb({ port: 0, dataDir });
    try {
      expect(environOf(tuned.pid!).GOGC).toBe("150");
    } finally {
      await tuned.stop();
    }
  }, 60_000);

  it("refuses a GOGC that Go would silently ignore, saying what it expects", async () => {
    process.env.GOGC = "fast";
    await expect(startEmbeddedDb({ port: 0, dataDir })).rejects.toThrow('GOGC="fast" is not a setting the embedded database (Go) understands: give a whole percentage such as 400, or off.');
    expect(gogcOf({ GOGC: "off" })).toBe("off");
    expect(() => gogcOf({ GOGC: "0" })).toThrow("GOGC");
    expect(gogcOf({})).toBe(DEFAULT_GOGC);
  });
});
