import { baseTestConfig } from "@thidua/vitest-config/base";
import { defineConfig, mergeConfig } from "vitest/config";

export default mergeConfig(baseTestConfig, defineConfig({ test: { include: ["src/**/*.test.ts"] } }));
