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
  },
};

export default config;
