/**
 * Imports an ES module from this CommonJS build: TypeScript would turn `import()` into
 * `require()`, which Lighthouse and chrome-launcher (ESM only) refuse on older Node 20 releases.
 */
export const importEsm = new Function("specifier", "return import(specifier)") as <T>(specifier: string) => Promise<T>;
