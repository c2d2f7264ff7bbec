import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors";

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

export interface Window {
  offset: number;
  limit: number;
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badUserInput(`"after" is not a cursor returned by this API: "${cursor}".`, "after");
  return Number(match[1]);
}

/** Turns first/after into an offset window, refusing sizes outside 0…MAX_PAGE_SIZE. */
export function pageWindow(args: ConnectionArgs): Window {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}).`, "first");
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds a connection from one page of nodes and the total count. */
export function toConnection<T>(nodes: T[], window: Window, totalCount: number): ConnectionShape<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    totalCount,
    edges,
    nodes,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Paginates a list already in memory (e.g. what a DataLoader returned). */
export function connectionFromArray<T>(all: T[], args: ConnectionArgs): ConnectionShape<T> {
  const window = pageWindow(args);
  return toConnection(all.slice(window.offset, window.offset + window.limit), window, all.length);
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
