import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Connection } from "mongoose";
import { connectDatabase } from "./database";
import { ReadModel, type ReadModelSpec } from "./read-model/read-model";
import { readModelSettings } from "./read-model/settings";
import { ChangeLog } from "./store/change-log";
import { combineReadiness, databaseReadiness, type Readiness } from "./readiness";
import { startSubgraph } from "./subgraph-server";
import type { EncodingOption } from "./import/encoding";
import type { ProgressSink } from "./import/progress";
import type { ImportReport } from "./import/report";

/** What a subgraph package declares about itself; the same shape for the four services. */
export interface SubgraphDefinition<M, C extends BaseContext, S = unknown> {
  /** Service name, as in the supergraph (onisep, carif-oref…). */
  name: string;
  buildSchema(): Promise<GraphQLSchema>;
  models(connection: Connection): M;
  /** The in-memory read model requests list, search and link from (the database is read only by _id). */
  readModel(models: M): ReadModelSpec<S>;
  /** The per-request context; `request.headers` carries what the gateway forwards (authorization, x-request-id). */
  context(models: M, request: IncomingRequest, readModel: ReadModel<S>): C;
  /** Loads the demonstration data set when the database holds none of it yet; returns how many records were written. */
  seedDemo(models: M): Promise<number>;
  /**
   * Work done once the database is ready, before serving and before any import (e.g. making sure a
   * referential the records point to is stored); must be cheap when there is nothing to do.
   */
  onStart?(models: M): Promise<void>;
  /**
   * Whether the service itself can answer in full; GET /ready reports it with the database's
   * state and the read model's (startService checks those two). Without it, only they count.
   */
  readiness?: (models: M) => Readiness;
  /** The sources this subgraph imports, by the name the import CLI takes (e.g. onisep-metiers). */
  importers?: Record<string, Importer<M>>;
}

/** One source format a subgraph imports (`npm run import -- <source> <file>`). */
export interface Importer<M> {
  /** One line for `npm run import -- --help`: the format and where it comes from. */
  description: string;
  run(models: M, file: string, options: ImportOptions): Promise<ImportReport>;
}

/** What the import CLI passes to every importer. */
export interface ImportOptions {
  progress: ProgressSink;
  /** The user's --encoding: how to read a file that says nothing of its encoding (no BOM, no XML declaration). */
  encoding?: EncodingOption;
}

/** What a subgraph sees of the HTTP request it serves. */
export interface IncomingRequest {
  headers: Record<string, string | string[] | undefined>;
}

export interface ServiceOptions {
  uri: string;
  dbName: string;
  port: number;
  host?: string;
  /** "if-empty": load the demonstration data on a first start; "never": leave the database as it is. */
  demoData?: "if-empty" | "never";
}

export interface RunningService<M> {
  name: string;
  url: string;
  connection: Connection;
  models: M;
  readModel: ReadModel<unknown>;
  stop(): Promise<void>;
}

/** Connects a subgraph to its database, optionally seeds it, and serves it over HTTP. */
export async function startService<M, C extends BaseContext, S>(
  definition: SubgraphDefinition<M, C, S>,
  options: ServiceOptions,
): Promise<RunningService<M>> {
  const connection = await connectDatabase(options.uri, options.dbName);
  const readModel = new ReadModel(ChangeLog.of(connection.db!), definition.readModel(definitionModels(definition, connection)), readModelSettings());
  try {
    const models = definitionModels(definition, connection);
    if (options.demoData === "if-empty") await definition.seedDemo(models);
    await definition.onStart?.(models);
    const schema = await definition.buildSchema();
    // The subgraph listens while its read model loads: /health answers, /ready says what is loading,
    // and a request waits for the load (up to PRISME_READ_MODEL_WAIT_MS) or hears SERVICE_NOT_READY.
    const loading = readModel.start();
    const subgraph = await startSubgraph({
      name: definition.name,
      schema,
      port: options.port,
      host: options.host,
      context: (request) => definition.context(models, request, readModel),
      // Ready when the database answers, the read model is loaded, and the service's own hook agrees.
      readiness: async () =>
        combineReadiness(await databaseReadiness(connection), readModel.readiness(), definition.readiness?.(models) ?? { ready: true, reasons: [] }),
    });
    // Started once loaded: the process says "ready" then (what `npm start` and the tests wait for).
    await loading;
    return {
      name: definition.name,
      url: subgraph.url,
      connection,
      models,
      readModel: readModel as ReadModel<unknown>,
      stop: async () => {
        readModel.stop();
        await subgraph.stop();
        await connection.close();
      },
    };
  } catch (error) {
    readModel.stop();
    await connection.close();
    throw error;
  }
}

const modelsByConnection = new WeakMap<Connection, unknown>();

/** One models object per connection (the read model and the resolvers share it). */
function definitionModels<M>(definition: { models(connection: Connection): M }, connection: Connection): M {
  if (!modelsByConnection.has(connection)) modelsByConnection.set(connection, definition.models(connection));
  return modelsByConnection.get(connection) as M;
}
