import {
  astFromValue,
  getNamedType,
  isAbstractType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Connection } from "mongoose";

/** One command a subgraph sent its database. */
export interface RecordedCommand {
  name: string;
  collection: string;
  command: Record<string, unknown>;
}

/** Ids per `_id: { $in }` the read path may send (the embedded database's pushdown limit, @prisme/common ID_BATCH). */
const ID_BATCH = 500;
const HARMLESS = new Set(["ping", "hello", "isMaster", "ismaster", "buildInfo", "endSessions", "getMore", "killCursors", "saslStart", "saslContinue", "listCollections", "listIndexes", "createIndexes"]);

/** Records the commands sent on a connection (mongoose connections of the project monitor commands). */
export function recordCommands(connection: Connection): { commands: RecordedCommand[]; reset(): void; stop(): void } {
  const commands: RecordedCommand[] = [];
  const listener = (event: { commandName: string; command: Record<string, unknown> }) => {
    const collection = String(event.command[event.commandName] ?? event.command.collection ?? "");
    commands.push({ name: event.commandName, collection, command: event.command });
  };
  const client = connection.getClient();
  client.on("commandStarted", listener);
  return { commands, reset: () => (commands.length = 0), stop: () => client.off("commandStarted", listener) };
}

const isKey = (value: unknown) => typeof value === "string" || typeof value === "number";

/** Whether a filter selects by _id only: `{ _id: k }` or `{ _id: { $in: [≤ ID_BATCH keys] } }`. */
function byIdOnly(filter: unknown): boolean {
  if (!filter || typeof filter !== "object") return false;
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== "_id") return false;
  const id = (filter as { _id: unknown })._id;
  if (isKey(id)) return true;
  if (id && typeof id === "object" && Object.keys(id).length === 1 && Array.isArray((id as { $in?: unknown }).$in)) {
    const list = (id as { $in: unknown[] }).$in;
    return list.length <= ID_BATCH && list.every(isKey);
  }
  return false;
}

const brief = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/**
 * Why a command breaks the read-path rule (DESIGN.md), or null: a request reads the database only
 * by _id (`_id` or `_id: { $in }` of at most ID_BATCH keys, no sort or skip) and writes by _id.
 */
export function readPathViolation(command: RecordedCommand): string | null {
  const c = command.command;
  switch (command.name) {
    case "find":
      if (!byIdOnly(c.filter)) return `find on ${command.collection} with filter ${brief(c.filter)}`;
      if (c.sort) {
        // The driver sends a sort as a Map.
        const sort = c.sort instanceof Map ? Object.fromEntries(c.sort) : (c.sort as object);
        if (Object.keys(sort).length) return `find on ${command.collection} with a sort ${brief(sort)}`;
      }
      if (c.skip) return `find on ${command.collection} with a skip of ${String(c.skip)}`;
      return null;
    case "insert":
      return null;
    case "update":
    case "delete": {
      const statements = (c.updates ?? c.deletes ?? []) as { q: unknown }[];
      const bad = statements.find((s) => !byIdOnly(s.q));
      return bad ? `${command.name} on ${command.collection} by ${brief(bad.q)}` : null;
    }
    case "findAndModify":
      return byIdOnly(c.query) ? null : `findAndModify on ${command.collection} by ${brief(c.query)}`;
    default:
      return HARMLESS.has(command.name) ? null : `${command.name} on ${command.collection || "(database)"}: ${brief(c)}`;
  }
}

/**
 * Sample values the generated operations use: by argument ("Type.field.argument", then "argument: InputType"
 * for an argument name used with several types, then "argument") and entity representations.
 */
export interface Samples {
  arguments: Record<string, unknown>;
  /** One representation per entity type: its key fields and what its @requires fields need. */
  representations: Record<string, Record<string, unknown>>;
  /**
   * Optional arguments that only make sense together (latitude, longitude and rayonKm): given in
   * one variant, all of those the field has, never one by one.
   */
  together?: string[][];
  /**
   * Fields that need exactly one of some optional arguments (the schema cannot say it): by
   * "Type.field", those arguments. No variant without one of them; one variant with each, alone.
   */
  oneOf?: Record<string, string[]>;
}

/** One generated operation: the schema coordinate it exercises and the document. */
export interface FieldOperation {
  coordinate: string;
  query: string;
  variables?: Record<string, unknown>;
}

const SKIPPED_ROOT_FIELDS = new Set(["_service", "_entities"]);
const MAX_DEPTH = 3;

/**
 * One operation per root field and per field of each entity, generated from the subgraph's schema so
 * that a new field is covered without touching the test: once with its required arguments, then
 * once more with each optional argument that has a sample value. Each selects every field it can,
 * `depth` levels of objects down (3 by default: every resolver is reached); `mutations: false` leaves
 * the mutations out. Throws when a required
 * argument has no sample (the message says which to add).
 */
export function operationsOf(schema: GraphQLSchema, samples: Samples, options: { depth?: number; mutations?: boolean } = {}): FieldOperation[] {
  const { depth = MAX_DEPTH, mutations = true } = options;
  const operations: FieldOperation[] = [];
  for (const root of [schema.getQueryType(), mutations ? schema.getMutationType() : null]) {
    if (!root) continue;
    const keyword = root === schema.getMutationType() ? "mutation" : "query";
    for (const field of Object.values(root.getFields())) {
      if (SKIPPED_ROOT_FIELDS.has(field.name)) continue;
      for (const variant of argumentVariants(root, field, samples)) {
        operations.push({ coordinate: `${root.name}.${field.name}${variant.label}`, query: `${keyword} { ${field.name}${variant.args} ${selection(field.type as never, samples, depth)} }` });
      }
    }
  }
  const entity = schema.getType("_Entity");
  const entityTypes = entity && isAbstractType(entity) ? schema.getPossibleTypes(entity) : [];
  for (const type of entityTypes) {
    const representation = samples.representations[type.name];
    if (!representation) throw new Error(`read-path samples: no representation for entity ${type.name}; add one to the samples`);
    for (const field of Object.values(type.getFields())) {
      for (const variant of argumentVariants(type, field, samples)) {
        operations.push({
          coordinate: `${type.name}.${field.name}${variant.label}`,
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { ${field.name}${variant.args} ${selection(field.type as never, samples, depth)} } } }`,
          variables: { r: [{ __typename: type.name, ...representation }] },
        });
      }
    }
  }
  return operations;
}

function sampleOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, samples: Samples): unknown {
  return samples.arguments[`${type.name}.${field.name}.${arg.name}`] ?? samples.arguments[`${arg.name}: ${getNamedType(arg.type).name}`] ?? samples.arguments[arg.name];
}

function literal(value: unknown, type: GraphQLInputType): string {
  const ast = astFromValue(value, type);
  if (!ast) throw new Error(`read-path samples: ${JSON.stringify(value)} is not a value of ${String(type)}`);
  return print(ast);
}

function argumentVariants(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, samples: Samples): { label: string; args: string }[] {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const base: string[] = [];
  for (const arg of required) {
    const value = sampleOf(type, field, arg, samples);
    if (value === undefined) throw new Error(`read-path samples: no value for the required argument "${arg.name}" of ${type.name}.${field.name}; add "${type.name}.${field.name}.${arg.name}" or "${arg.name}" to the samples`);
    base.push(`${arg.name}: ${literal(value, arg.type)}`);
  }
  const wrap = (parts: string[]) => (parts.length ? `(${parts.join(", ")})` : "");
  const optional = field.args.filter((arg) => !required.includes(arg) && arg.name !== "after" && sampleOf(type, field, arg, samples) !== undefined);
  const given = (arg: GraphQLArgument) => `${arg.name}: ${literal(sampleOf(type, field, arg, samples), arg.type)}`;
  const exclusive = samples.oneOf?.[`${type.name}.${field.name}`];
  if (exclusive) return optional.filter((arg) => exclusive.includes(arg.name)).map((arg) => ({ label: `(${arg.name})`, args: wrap([...base, given(arg)]) }));
  const variants = [{ label: "", args: wrap(base) }];
  const grouped = new Set<string>();
  for (const group of samples.together ?? []) {
    const args = optional.filter((arg) => group.includes(arg.name));
    if (args.length === 0) continue;
    for (const arg of args) grouped.add(arg.name);
    variants.push({ label: `(${args.map((arg) => arg.name).join(", ")})`, args: wrap([...base, ...args.map(given)]) });
  }
  for (const arg of optional) {
    if (!grouped.has(arg.name)) variants.push({ label: `(${arg.name})`, args: wrap([...base, given(arg)]) });
  }
  return variants;
}

/** A selection of a type: every field whose required arguments have samples, nested down to `depth`. */
function selection(type: GraphQLNamedType | { ofType: unknown }, samples: Samples, depth: number): string {
  const named = getNamedType(type as never) as unknown as GraphQLNamedType;
  if (isScalarType(named) || isEnumType(named)) return "";
  if (isAbstractType(named)) return "{ __typename }";
  if (!isObjectType(named)) return "";
  const parts: string[] = ["__typename"];
  for (const field of Object.values(named.getFields())) {
    const fieldType = getNamedType(field.type);
    const leaf = isScalarType(fieldType) || isEnumType(fieldType);
    if (!leaf && depth <= 0) continue;
    const args: string[] = [];
    let usable = true;
    for (const arg of field.args) {
      if (!(isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const value = sampleOf(named, field, arg, samples);
      if (value === undefined) usable = false;
      else args.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
    if (!usable) continue;
    const sub = leaf ? "" : selection(field.type as never, samples, depth - 1);
    if (!leaf && sub === "") continue;
    parts.push(`${field.name}${args.length ? `(${args.join(", ")})` : ""} ${sub}`.trim());
  }
  return `{ ${parts.join(" ")} }`;
}

/**
 * Sends each operation to a subgraph and checks what it sent its database: returns, per breach,
 * the field, the operation and the command; and the operations that answered with errors.
 * `headers` go with every request (e.g. an administrator's Authorization for the mutations).
 */
export async function checkReadPath(
  url: string,
  connection: Connection,
  operations: FieldOperation[],
  options: { headers?: Record<string, string> } = {},
): Promise<{ violations: string[]; errors: string[] }> {
  const recorder = recordCommands(connection);
  const violations: string[] = [];
  const errors: string[] = [];
  try {
    for (const operation of operations) {
      recorder.reset();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...options.headers },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      for (const command of recorder.commands) {
        const violation = readPathViolation(command);
        if (violation) violations.push(`${operation.coordinate}: ${violation}\n    operation: ${operation.query}`);
      }
      if (body.errors?.length) errors.push(`${operation.coordinate}: ${body.errors.map((e) => e.message).join("; ")}\n    operation: ${operation.query}`);
    }
  } finally {
    recorder.stop();
  }
  return { violations, errors };
}
