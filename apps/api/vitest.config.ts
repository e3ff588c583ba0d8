import { baseTestConfig } from "@thidua/vitest-config/base";
import { defineConfig, mergeConfig } from "vitest/config";

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // each file seeds its own database; PGlite and PostgreSQL both run them one file at a time
      fileParallelism: false,
    },
  }),
);
