import { baseTestConfig } from "@thidua/vitest-config/base";
import { defineConfig, mergeConfig } from "vitest/config";

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    // graphql 16 ships CommonJS (main) and ESM (module) without an exports map: Node, and so Pothos
    // and yoga, load the CommonJS one, while Vite would give our sources the ESM one, and a schema
    // built by one is rejected by the other ("from another module or realm").
    resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
    test: {
      include: ["test/**/*.test.ts"],
      // One worker that keeps its modules between files: the seeded PGlite image (built once per
      // process by @thidua/db/test-database) then serves every file instead of being re-seeded.
      fileParallelism: false,
      isolate: false,
    },
  }),
);
