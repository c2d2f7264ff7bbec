// One lint configuration for every workspace (each runs `eslint src`), and the schema lint of the public API.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import graphql from "@graphql-eslint/eslint-plugin";
import { fileURLToPath } from "node:url";

const API_SCHEMA = fileURLToPath(new URL("./schema/api.graphql", import.meta.url));

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", ".cache/**", ".data/**"] },
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.js"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  // The graph's conventions (see README, "Conventions of the graph"), checked on the public API the gateway serves.
  {
    files: ["schema/api.graphql", "api.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: API_SCHEMA } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      "@graphql-eslint/naming-convention": [
        "error",
        {
          types: "PascalCase",
          FieldDefinition: "camelCase",
          InputValueDefinition: "camelCase",
          Argument: "camelCase",
          EnumValueDefinition: "UPPER_CASE",
          // PointRayon: the former input of offres(autourDe:), deprecated, kept one release for clients typing variables with it.
          InputObjectTypeDefinition: { style: "PascalCase", suffix: "Input", ignorePattern: "^PointRayon$" },
          allowLeadingUnderscore: false,
        },
      ],
      "@graphql-eslint/require-description": ["error", { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, ScalarTypeDefinition: true }],
      "@graphql-eslint/require-deprecation-reason": "error",
      "@graphql-eslint/relay-page-info": "error",
      "@graphql-eslint/relay-edge-types": ["error", { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      "@graphql-eslint/relay-connection-types": "error",
      "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
      "@graphql-eslint/no-typename-prefix": "error",
      "@graphql-eslint/no-unreachable-types": "error",
      "@graphql-eslint/unique-enum-value-names": "error",
      "@graphql-eslint/no-hashtag-description": "error",
    },
  },
);
