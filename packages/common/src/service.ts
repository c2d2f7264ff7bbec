import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Connection } from "mongoose";
import { connectDatabase } from "./database";
import { ReadModel, type ReadModelSpec } from "./read-model/read-model";
import { readModelSettings } from "./read-model/settings";
import { ChangeLog } from "./store/change-log";
import { startSubgraph } from "./subgraph-server";
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
  /** Work done once the database is ready and before serving (e.g. building a search index from it). */
  onStart?(models: M): Promise<void>;
  /** The sources this subgraph imports, by the name the import CLI takes (e.g. onisep-metiers). */
  importers?: Record<string, Importer<M>>;
}

/** One source format a subgraph imports (`npm run import -- <source> <file>`). */
export interface Importer<M> {
  /** One line for `npm run import -- --help`: the format and where it comes from. */
  description: string;
  run(models: M, file: string, options: { progress: ProgressSink }): Promise<ImportReport>;
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
    // The read model loads before the subgraph answers: until then requests would wait for it.
    await readModel.start();
    const subgraph = await startSubgraph({
      name: definition.name,
      schema,
      port: options.port,
      host: options.host,
      context: (request) => definition.context(models, request, readModel),
    });
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
