import { baseTestConfig } from "@thidua/vitest-config/base";
import react from "@vitejs/plugin-react";
import { defineConfig, mergeConfig } from "vitest/config";

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    plugins: [react()],
    test: { environment: "happy-dom", include: ["src/**/*.test.{ts,tsx}"], globalSetup: ["test/api-server.ts"] },
  }),
);
