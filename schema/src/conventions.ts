import { Supergraph } from "@apollo/federation-internals";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from "graphql";

/** The public API of a supergraph: what clients of the gateway see (no federation machinery). */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Every named element of the API a description is owed for: types, fields, arguments, input fields, enum values. */
export function elements(schema: GraphQLSchema): { coordinate: string; description: string | null | undefined }[] {
  const out: { coordinate: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    out.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args) out.push({ coordinate: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) out.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
    } else if (isUnionType(type)) {
      continue;
    }
  }
  return out;
}

/** English words that give a description away as English: the graph's descriptions are in French only. */
const ENGLISH = /\b(the|The|of|and|with|when|which|this|This|that|from|by|is|are|its|for|one|each|only|given|none|if)\b/;

/** The elements without a description, and the descriptions that are not (only) French. */
export function descriptionProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const { coordinate, description } of elements(schema)) {
    if (!description?.trim()) problems.push(`${coordinate}: no description`);
    // Code in backquotes and quoted source labels may hold any word.
    else if (ENGLISH.test(description.replace(/`[^`]*`|"[^"]*"|«[^»]*»/g, ""))) problems.push(`${coordinate}: not in French: ${description.slice(0, 120)}`);
  }
  return problems;
}
