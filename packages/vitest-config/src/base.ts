import { defineConfig } from "vitest/config";

// Shared by every package: the default reporter for people, the count line for CI.
export const baseTestConfig = defineConfig({
  test: {
    reporters: ["default", new URL("./count-reporter.ts", import.meta.url).pathname],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
