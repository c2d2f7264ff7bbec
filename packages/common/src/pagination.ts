import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors";
import { decodeCursor, encodeCursor, type CursorKey } from "./read-model/cursor";
import type { TableHit, TableResult } from "./read-model/table";

/** The largest page a client may ask for; a bigger `first` is refused, never silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Every subgraph returns connections: the value types they share must be @shareable.
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Où se situe une page dans sa liste (connexions Relay)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Vrai s'il reste des éléments après cette page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Vrai si cette page a été demandée après un curseur (des éléments la précèdent)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Curseur du premier élément de la page ; null pour une page vide." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Curseur du dernier élément de la page, à passer à `after` pour la page suivante ; null pour une page vide." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Nombre d'éléments de la page (${DEFAULT_PAGE_SIZE} par défaut, ${MAX_PAGE_SIZE} au plus).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Curseur (endCursor) de la page précédente : la page commence juste après cet élément, même si la liste a changé entre-temps." })
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

export interface ConnectionOptions {
  /** The name stem of the types (default: the node type's name). */
  name?: string;
  /** The object type of the connection's facet counts (see FacetteValeur), when its list can be filtered. */
  facettes?: ClassType;
}

/** Declares the GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, options: ConnectionOptions = {}) {
  const name = options.name ?? nodeType.name;
  @Directive("@shareable")
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `Un élément de la liste (${name}) et son curseur.` })
  class Edge {
    @Field(() => String, { description: "Curseur de cet élément : à passer à `after` pour obtenir les éléments qui le suivent." })
    cursor!: string;

    @Field(() => nodeType, { description: "L'élément." })
    node!: T;
  }

  class ConnectionType {
    @Field(() => Int, { description: "Nombre d'éléments de la liste entière, toutes pages confondues." })
    totalCount!: number;

    @Field(() => [Edge], { description: "Les éléments de cette page, chacun avec son curseur." })
    edges!: Edge[];

    @Field(() => [nodeType], { description: "Les éléments de cette page, sans curseur." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Où se situe cette page dans la liste." })
    pageInfo!: PageInfo;
  }
  // Decorated by hand: the facettes field exists only on the connections of lists people filter.
  if (options.facettes) {
    Field(() => options.facettes!, {
      description:
        "Pour chaque filtre, le nombre d'éléments par valeur, compté sur les autres critères de la requête (sans le filtre lui-même), comme le montre un moteur de recherche à facettes.",
    })(ConnectionType.prototype, "facettes");
  }
  Directive("@shareable")(ConnectionType);
  ObjectType(`${name}Connection`, { description: `Une page de la liste (${name}), au format des connexions Relay.` })(ConnectionType);
  return ConnectionType as ClassType<ConnectionType & { facettes?: object }>;
}

/** One value of a facet and how many records have it. */
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Une valeur d'un filtre et le nombre d'éléments qui l'ont." })
export class FacetteValeur {
  @Field(() => String, { description: "La valeur, telle qu'on la passe à l'argument du filtre." })
  valeur!: string;

  @Field(() => String, { description: "Son libellé, à afficher." })
  libelle!: string;

  @Field(() => Int, { description: "Nombre d'éléments qui ont cette valeur, parmi ceux qui répondent aux autres critères." })
  nombre!: number;
}
