// Writes the public API schema that the site's typed operations are checked against: the
// supergraph without its federation machinery (join__*, link__*, @inaccessible elements), i.e.
// what the gateway really serves. Run before gql.tada, by the build, typecheck and lint scripts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { printSchema, Supergraph } from "@apollo/federation-internals";

const webDir = join(__dirname, "..", "..");
const supergraphPath = process.env.SUPERGRAPH_PATH ?? join(webDir, "..", "schema", "supergraph.graphql");
const output = join(webDir, "src", "graphql", "generated", "api-schema.graphql");

const apiSchema = Supergraph.build(readFileSync(supergraphPath, "utf8")).apiSchema();
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `# Generated from ${supergraphPath.slice(supergraphPath.lastIndexOf("schema"))} by web/scripts/api-schema.ts: do not edit.\n\n${printSchema(apiSchema)}\n`);
console.log(`API schema written to ${output.slice(webDir.length + 1)}`);
