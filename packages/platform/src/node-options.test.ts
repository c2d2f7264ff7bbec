import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "@prisme/embedded-db";
import { nodeOptionsOf } from "./node-options";

describe("the Node options a service declares", () => {
  const dirs: string[] = [];
  const service = (manifest: object) => {
    const dir = mkdtempSync(join(tmpdir(), "prisme-node-options-"));
    dirs.push(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("are those of its package.json, none when it declares none", () => {
    expect(nodeOptionsOf(join(projectRoot(), "services", "carif-oref"))).toContain("--max-semi-space-size=64");
    expect(nodeOptionsOf(service({ name: "x" }))).toEqual([]);
  });

  it("are refused with the file and the expected form when they are not a list of options", () => {
    const dir = service({ name: "x", prisme: { nodeOptions: "--max-semi-space-size=64" } });
    expect(() => nodeOptionsOf(dir)).toThrow(`${join(dir, "package.json")}: "prisme.nodeOptions" must be a list of Node options`);
    expect(() => nodeOptionsOf(service({ prisme: { nodeOptions: ["max-semi-space-size=64"] } }))).toThrow("must be a list of Node options");
  });
});
