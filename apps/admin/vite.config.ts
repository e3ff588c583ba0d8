import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { z } from "zod";
import { graphqlDocuments } from "./graphql-documents-plugin.ts";

// The dashboard's only environment read: where the dev server forwards API calls. The browser
// code itself talks to relative paths (/graphql) and reads no environment.
const env = z
  .object({ API_URL: z.url().default("http://127.0.0.1:4000") })
  .parse({ API_URL: process.env.API_URL || undefined });

const apiPaths = ["/graphql", "/export", "/healthz", "/readyz"];
const proxy = Object.fromEntries(apiPaths.map((path) => [path, { target: env.API_URL, changeOrigin: true }]));

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  // the manifest lets scripts/bundle-budget.mjs follow each route's static imports
  build: { outDir: "dist", sourcemap: true, manifest: true },
});
