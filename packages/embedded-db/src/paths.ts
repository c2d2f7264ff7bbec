import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Finds the root of the Prisme checkout (the package.json that declares workspaces). */
export function projectRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Prisme project root above ${from}`);
    dir = parent;
  }
}

/** Where built binaries are cached (git-ignored); PRISME_CACHE_DIR overrides. */
export function cacheDir(): string {
  return process.env.PRISME_CACHE_DIR ?? join(projectRoot(), ".cache");
}

/** Where the embedded database keeps its files (git-ignored); PRISME_DATA_DIR overrides. */
export function dataDir(): string {
  return process.env.PRISME_DATA_DIR ?? join(projectRoot(), ".data");
}
