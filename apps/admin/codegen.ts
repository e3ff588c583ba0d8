import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the API's committed schema file: no server needed, works offline.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: "string-literal",
        scalars: { Date: "string", DateTime: "string" },
      },
    },
    // the schema's shape (unions, interfaces, fields) for graphcache: no descriptions, inputs or enums
    "src/graphql/generated/schema.ts": {
      plugins: ["urql-introspection"],
      config: { module: "es2015", useTypeImports: true, includeScalars: false, includeEnums: false, includeInputs: false, includeDirectives: false },
    },
  },
};

export default config;
