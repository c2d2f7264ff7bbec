import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  type GraphQLCompositeType,
} from "graphql";

export interface ShapeOptions {
  defaultPageSize: number;
}

export interface QueryShape {
  depth: number;
  aliases: number;
  cost: number;
  /** The largest `first` asked for anywhere in the operation. */
  largestPage: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  options: ShapeOptions;
  aliases: number;
  largestPage: number;
}

/**
 * Measures an operation before it is planned: its depth (introspection excluded, as it is
 * switched on or off on its own), its number of aliases, and an estimated cost where each
 * field costs 1 and a paginated field multiplies what is under it by its page size (`first`,
 * or the default page size); a list without `first` counts as a default page unless it is the
 * `nodes`/`edges` of a page already counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  variables: Record<string, unknown>,
  options: ShapeOptions,
): QueryShape {
  const walk: Walk = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables, options, aliases: 0, largestPage: 0 };
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  const { depth, cost } = measureSet(walk, operation.selectionSet, root ?? undefined, false, new Set());
  return { depth, aliases: walk.aliases, cost, largestPage: walk.largestPage };
}

function measureSet(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  paged: boolean,
  seenFragments: Set<string>,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) walk.aliases += 1;
      const name = selection.name.value;
      if (name.startsWith("__")) continue; // __typename is free; __schema/__type are governed by INTROSPECTION
      const field = fieldOf(parent, name);
      const type = field ? getNullableType(field.type) : undefined;
      const firstArg = selection.arguments?.find((arg) => arg.name.value === "first");
      const first = firstArg ? numberValue(firstArg.value, walk.variables) : undefined;
      const hasFirst = field?.args.some((arg) => arg.name === "first") ?? false;
      let multiplier = 1;
      if (hasFirst) multiplier = first ?? walk.options.defaultPageSize;
      else if (type && isListType(type) && !paged) multiplier = walk.options.defaultPageSize;
      walk.largestPage = Math.max(walk.largestPage, first ?? 0);
      if (!selection.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const named = field ? getNamedType(field.type) : undefined;
      const child = measureSet(walk, selection.selectionSet, named && isCompositeType(named) ? named : undefined, hasFirst, seenFragments);
      cost += 1 + multiplier * child.cost;
      depth = Math.max(depth, 1 + child.depth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parent;
      const child = measureSet(walk, selection.selectionSet, type && isCompositeType(type) ? type : parent, paged, seenFragments);
      cost += child.cost;
      depth = Math.max(depth, child.depth);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || seenFragments.has(name)) continue; // a cycle is refused by validation already
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      const child = measureSet(walk, fragment.selectionSet, type && isCompositeType(type) ? type : parent, paged, new Set([...seenFragments, name]));
      cost += child.cost;
      depth = Math.max(depth, child.depth);
    }
  }
  return { depth, cost };
}

function fieldOf(parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

function numberValue(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : undefined;
  }
  return undefined;
}
