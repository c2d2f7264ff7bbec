import "reflect-metadata";

export { readConfig, port, mongoUriFor, databaseNameFor } from "./config";
export { connectDatabase, countQueries } from "./database";
export { badUserInput, assertIdentifier } from "./errors";
export { loaderByKey, loaderByArrayField } from "./loaders";
export {
  Connection,
  ConnectionArgs,
  PageInfo,
  pageWindow,
  toConnection,
  connectionFromArray,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type ConnectionShape,
  type Window,
} from "./pagination";
export { Provenance, provenanceSchema } from "./provenance";
export { buildFederatedSchema, FEDERATION_LINK } from "./federation";
export { startSubgraph, type RunningSubgraph, type SubgraphOptions } from "./subgraph-server";
export { databaseReadiness, combineReadiness, type Readiness } from "./readiness";
export { databaseUnavailable, formatDatabaseError } from "./database-errors";
export { startService, type SubgraphDefinition, type Importer, type ImportOptions, type IncomingRequest, type ServiceOptions, type RunningService } from "./service";
export { runServiceMain } from "./service-main";
export { seedIfEmpty } from "./demo";
export { ImportReport, ImportFormatError, clip, type Rejection, type RejectionSink } from "./import/report";
export { stderrProgress, noProgress, fileProgress, type ProgressSink } from "./import/progress";
export { upsertByKey, canonical } from "./import/upsert";
export { readCsv, type CsvRow, type CsvOptions } from "./import/csv";
export { ENCODING_OPTIONS, isEncodingOption, chooseEncoding, type EncodingOption, type EncodingOptions, type EncodingChoice } from "./import/encoding";
export { openDecoded, readDecoded, readHead, readHeadText, type DecodedFile } from "./import/decoded-file";
export { importRunModel, loggedImport, type ImportRunDoc } from "./import/import-log";
export { Coordonnees, distanceKm, type CoordonneesDoc } from "./geo";
export { PointGrid, type Circle } from "./point-grid";
