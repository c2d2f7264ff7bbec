import "reflect-metadata";

export { readConfig, port, mongoUriFor, databaseNameFor } from "./config";
export { connectDatabase, countQueries } from "./database";
export { storeOf, type Store } from "./store/store";
export { badUserInput, assertIdentifier } from "./errors";
export {
  Connection,
  ConnectionArgs,
  FacetteValeur,
  type ConnectionOptions,
  PageInfo,
  pageRequest,
  connectionFromTable,
  connectionFromArray,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type ConnectionShape,
  type PageRequest,
} from "./pagination";
export { Provenance, provenanceSchema } from "./provenance";
export { buildFederatedSchema, FEDERATION_LINK } from "./federation";
export { startSubgraph, type RunningSubgraph, type SubgraphOptions } from "./subgraph-server";
export { databaseReadiness, combineReadiness, type Readiness } from "./readiness";
export { databaseUnavailable, formatDatabaseError } from "./database-errors";
export { startService, type SubgraphDefinition, type Importer, type ImportOptions, type IncomingRequest, type ServiceOptions, type RunningService } from "./service";
export { runServiceMain } from "./service-main";
export { seedIfEmpty } from "./demo";
export { ImportReport, ImportFormatError, clip, type Rejection, type RejectionSink, type Warning } from "./import/report";
export { excerpt, EXCERPT_MAX } from "./import/excerpt";
export { stderrProgress, noProgress, fileProgress, type ProgressSink } from "./import/progress";
export { canonical } from "./import/canonical";
export { readCsv, type CsvRow, type CsvOptions } from "./import/csv";
export { readXmlItems, type XmlItem } from "./import/xml-items";
export { ENCODING_OPTIONS, isEncodingOption, chooseEncoding, type EncodingOption, type EncodingOptions, type EncodingChoice } from "./import/encoding";
export { openDecoded, readDecoded, readHead, readHeadText, type DecodedFile } from "./import/decoded-file";
export { importRunModel, loggedImport, type ImportRunDoc } from "./import/import-log";
export { Coordonnees, distanceKm, type CoordonneesDoc } from "./geo";
export { PointGrid, type Circle } from "./point-grid";
export { ID_BATCH, WRITE_BATCH, INSERT_BATCH, chunks } from "./store/ferretdb-limits";
export { ChangeLog, CHANGES_COLLECTION, type Change, type ChangeEntry } from "./store/change-log";
export { findByIds, loaderById, setByIds, deleteByIds, type Keyed } from "./store/by-id";
export { RecordWriter, fingerprintOf, fingerprintCollection, type WriteCounts, type Projection, type RecordWriterOptions, type StoredRecord } from "./store/record-writer";
export { ReadModel, DEFAULT_READ_MODEL_SETTINGS, type ReadModelSpec, type ReadModelSettings, type ChangedIds } from "./read-model/read-model";
export { readModelSettings } from "./read-model/settings";
export { DocumentCache } from "./read-model/document-cache";
export { Table, type TableSpec, type TableQuery, type TablePage, type TableHit, type TableResult, type FacetCount, type Keyword } from "./read-model/table";
export { encodeCursor, decodeCursor, type Cursor, type CursorKey } from "./read-model/cursor";
export { fold, indexTerm } from "./read-model/fold";
export { yieldToLoop, inChunks, timeSlicer, eachInSlices, SLICE_MS } from "./read-model/yield";
export { loadTable, applyToTable, loadMap, applyToMap, scanCollection, type CollectionTable } from "./read-model/collection-table";
export { IDENTIFIANTS, estIdentifiant, verifierIdentifiant, type NomIdentifiant } from "./graph/identifiants";
export { ProximiteInput, cercleProximite, RAYON_MAX_KM, type CentreDeCommune } from "./graph/proximite";
export { centresParRegion } from "./graph/commune-centres";
export { facettesDemandees, facetteValeurs, pageDemandee } from "./graph/facettes";
export { DateHeureISO, DateLocale } from "./graph/scalars";
export { libelleDepartement } from "./graph/territoire";
export { pack, unpack, PACKED } from "./store/packed";
