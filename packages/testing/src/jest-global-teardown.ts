/** Stops the FerretDB that the global setup started (if it started one). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__PRISME_TEST_DB__?.stop();
}
