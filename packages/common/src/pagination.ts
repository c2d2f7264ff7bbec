import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors";
import { decodeCursor, encodeCursor, type CursorKey } from "./read-model/cursor";
import type { TableHit, TableResult } from "./read-model/table";

/** The largest page a client may ask for; a bigger `first` is refused, never silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Every subgraph returns connections: the value types they share must be @shareable.
@Directive("@shareable")
@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of the previous page." })
  after?: string | null;
}

/** A validated page request: how many records, after which cursor. */
export interface PageRequest {
  first: number;
  after: string | null;
}

/** Checks first/after, refusing sizes outside 0…MAX_PAGE_SIZE (never silently cut). */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}).`, "first");
  }
  return { first, after: args.after ?? null };
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * Builds a connection from one page of a read-model table (keyset cursors, total). `toNode` may
 * return null for a record gone since the table was read (it is left out rather than failing the page).
 */
export function connectionFromTable<E, T = E>(result: TableResult<E>, toNode: (hit: TableHit<E>, index: number) => T | null = (hit) => hit.entry as unknown as T): ConnectionShape<T> {
  const edges = result.hits.flatMap((hit, index) => {
    const node = toNode(hit, index);
    return node === null ? [] : [{ cursor: hit.cursor, node }];
  });
  return {
    totalCount: result.total,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: result.hasNextPage,
      hasPreviousPage: result.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Pages through a list already in memory and sorted by `sortKey` (e.g. a métier's ROME fiches):
 * cursors hold the sort key, so the next page starts after that record even if the list changed.
 */
export function connectionFromArray<T>(all: readonly T[], args: ConnectionArgs, sortKey: (item: T) => CursorKey, order = "liste"): ConnectionShape<T> {
  const page = pageRequest(args);
  let start = 0;
  if (page.after) {
    const cursor = decodeCursor(page.after);
    if (cursor.order !== order) throw badUserInput(`"after" is a cursor of another list (sorted by ${cursor.order}).`, "after");
    start = all.findIndex((item) => compareCursorKeys(sortKey(item), cursor.sort) > 0);
    if (start < 0) start = all.length;
  }
  const nodes = all.slice(start, start + page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ order, sort: sortKey(node) }), node }));
  return {
    totalCount: all.length,
    edges,
    nodes,
    pageInfo: { hasNextPage: start + nodes.length < all.length, hasPreviousPage: page.after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}

function compareCursorKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return a.length - b.length;
}

/** Declares the GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name) {
  @Directive("@shareable")
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @Directive("@shareable")
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => Int, { description: "Number of items in the whole list, all pages together." })
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: "The nodes of this page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
