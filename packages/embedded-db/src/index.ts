export { ensureFerretdb, ferretdbBinaryPath, FERRETDB_VERSION, GoToolchainMissingError } from "./build";
export { startEmbeddedDb, freePort, portAnswers, type EmbeddedDb, type ExitInfo, type StartOptions } from "./server";
export { projectRoot, cacheDir, dataDir } from "./paths";
export { withThrowAwayDatabase } from "./throw-away";
