import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Connection } from "mongoose";
import { connectDatabase } from "./database";
import { combineReadiness, databaseReadiness, type Readiness } from "./readiness";
import { startSubgraph } from "./subgraph-server";
import type { EncodingOption } from "./import/encoding";
import type { ProgressSink } from "./import/progress";
import type { ImportReport } from "./import/report";

/** What a subgraph package declares about itself; the same shape for the four services. */
export interface SubgraphDefinition<M, C extends BaseContext> {
  /** Service name, as in the supergraph (onisep, carif-oref…). */
  name: string;
  buildSchema(): Promise<GraphQLSchema>;
  models(connection: Connection): M;
  /** The per-request context; `request.headers` carries what the gateway forwards (authorization, x-request-id). */
  context(models: M, request: IncomingRequest): C;
  /** Loads the demonstration data set when the database holds none of it yet; returns how many records were written. */
  seedDemo(models: M): Promise<number>;
  /** Work done once the database is ready and before serving (e.g. building a search index from it). */
  onStart?(models: M): Promise<void>;
  /**
   * Whether the service itself can answer in full (e.g. its read models are loaded); GET /ready
   * reports it with the database's own state. Without it, the service is ready once it serves.
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
  stop(): Promise<void>;
}

/** Connects a subgraph to its database, optionally seeds it, and serves it over HTTP. */
export async function startService<M, C extends BaseContext>(
  definition: SubgraphDefinition<M, C>,
  options: ServiceOptions,
): Promise<RunningService<M>> {
  const connection = await connectDatabase(options.uri, options.dbName);
  try {
    const models = definition.models(connection);
    await Promise.all(Object.values(models as object).map((model: { init(): Promise<unknown> }) => model.init()));
    if (options.demoData === "if-empty") await definition.seedDemo(models);
    await definition.onStart?.(models);
    const schema = await definition.buildSchema();
    const subgraph = await startSubgraph({
      name: definition.name,
      schema,
      port: options.port,
      host: options.host,
      context: (request) => definition.context(models, request),
      readiness: async () => combineReadiness(await databaseReadiness(connection), definition.readiness?.(models) ?? { ready: true, reasons: [] }),
    });
    return {
      name: definition.name,
      url: subgraph.url,
      connection,
      models,
      stop: async () => {
        await subgraph.stop();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
