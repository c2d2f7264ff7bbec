import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyPatches } from "./patches";
import { cacheDir } from "./paths";

export const FERRETDB_MODULE = "github.com/FerretDB/FerretDB";
export const FERRETDB_VERSION = "v1.24.2";
/** Bumped whenever FERRETDB_PATCHES change, so a cached binary built without them is rebuilt. */
export const PATCH_LEVEL = "prisme.2";

export class GoToolchainMissingError extends Error {
  constructor() {
    super(
      "The embedded database (FerretDB) is built with the Go toolchain, and `go` was not found on PATH. " +
        "Install Go 1.21 or later (https://go.dev/dl/, or `apt-get install golang`), " +
        "or set MONGODB_URI to a MongoDB you run (then nothing is built or started).",
    );
    this.name = "GoToolchainMissingError";
  }
}

/** Path of the cached FerretDB binary (PRISME_FERRETDB_BIN overrides). */
export function ferretdbBinaryPath(): string {
  return process.env.PRISME_FERRETDB_BIN ?? join(cacheDir(), "ferretdb", `${FERRETDB_VERSION}-${PATCH_LEVEL}`, "ferretdb");
}

type Progress = (message: string) => void;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, onLine: Progress): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let tail = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split("\n")) if (line.trim()) onLine(line.trim());
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new Error(`\`${cmd} ${args.join(" ")}\` failed with exit code ${code}:\n${tail}`));
    });
  });
}

/**
 * Builds FerretDB from its Go module into the cache, unless it is there already.
 * The module ships without its generated version file, so the source is copied and the
 * file written before `go build` (a plain `go install` gives a binary that panics at start);
 * FERRETDB_PATCHES are applied to that copy.
 */
export async function ensureFerretdb(progress: Progress = (m) => console.log(m)): Promise<string> {
  const binary = ferretdbBinaryPath();
  if (existsSync(binary)) return binary;
  if (spawnSync("go", ["version"], { stdio: "ignore" }).status !== 0) throw new GoToolchainMissingError();

  const workDir = join(cacheDir(), "ferretdb", `${FERRETDB_VERSION}.build`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  // Go 1.21+ fetches the toolchain FerretDB asks for (go 1.24) from the module proxy by itself.
  const env = { ...process.env, GOFLAGS: "-mod=mod" };

  progress(`[embedded-db] building FerretDB ${FERRETDB_VERSION} with the Go toolchain (first start only, about 2-4 minutes)`);
  progress(`[embedded-db] 1/3 downloading the module ${FERRETDB_MODULE}@${FERRETDB_VERSION} and its dependencies…`);
  let downloaded = 0;
  const json = await run("go", ["mod", "download", "-json", `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], workDir, env, () => {
    downloaded += 1;
  });
  const moduleDir = (JSON.parse(json) as { Dir?: string }).Dir;
  if (!moduleDir) throw new Error(`go mod download did not report where ${FERRETDB_MODULE} was stored:\n${json}`);

  const srcDir = join(workDir, "src");
  cpSync(moduleDir, srcDir, { recursive: true });
  // The Go module cache is read-only; the copy must accept the generated version file.
  makeWritable(srcDir);
  writeFileSync(join(srcDir, "build", "version", "version.txt"), `${FERRETDB_VERSION}\n`);
  writeFileSync(join(srcDir, "build", "version", "package.txt"), "prisme\n");
  applyPatches(srcDir);

  progress("[embedded-db] 2/3 compiling (go build -v prints each package)…");
  let compiled = 0;
  const target = join(workDir, "ferretdb");
  await run("go", ["build", "-v", "-trimpath", "-o", target, "./cmd/ferretdb"], srcDir, env, (line) => {
    if (line.startsWith("go: downloading")) {
      downloaded += 1;
      if (downloaded % 10 === 0) progress(`[embedded-db]   ${downloaded} modules downloaded`);
      return;
    }
    compiled += 1;
    if (compiled % 25 === 0) progress(`[embedded-db]   ${compiled} packages compiled (last: ${line})`);
  });

  progress("[embedded-db] 3/3 installing the binary into the cache");
  mkdirSync(join(binary, ".."), { recursive: true });
  renameSync(target, binary);
  rmSync(workDir, { recursive: true, force: true });
  progress(`[embedded-db] FerretDB ready: ${binary}`);
  return binary;
}

function makeWritable(dir: string): void {
  spawnSync("chmod", ["-R", "u+w", dir]);
}
