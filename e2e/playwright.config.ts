import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

// The browser tests start their own API (on a fresh embedded database, seeded with the facts and
// the demo data) and dashboard, on ports of their own so a running `pnpm dev` is not disturbed.
const apiPort = 4100;
const adminPort = 5190;
const dataDir = fileURLToPath(new URL("./.data/pglite", import.meta.url));

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./tests",
  outputDir: "./artifacts/results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["./count-reporter.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${adminPort}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  webServer: [
    {
      // a fresh database each run (the config is also evaluated in workers, so no cleanup here)
      command: `rm -rf '${dataDir}' '${dataDir}.lock' && pnpm --filter @thidua/api start`,
      url: `http://127.0.0.1:${apiPort}/readyz`,
      env: { PORT: String(apiPort), HOST: "127.0.0.1", DATABASE_URL: `pglite:${dataDir}` },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `pnpm --filter @thidua/admin exec vite --host 127.0.0.1 --port ${adminPort} --strictPort`,
      url: `http://127.0.0.1:${adminPort}/`,
      env: { API_URL: `http://127.0.0.1:${apiPort}` },
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
