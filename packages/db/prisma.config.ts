import { defineConfig } from "prisma/config";
import { env } from "./src/cli/env.ts";
import { defaultPgliteDir } from "./src/database-url.ts";

// Prisma's CLI runs through scripts/prisma.mjs, whose schema engine is our stand-in on the
// WebAssembly engine (src/cli/schema-engine-server.ts); it understands every DATABASE_URL form.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env.DATABASE_URL ?? `pglite:${defaultPgliteDir}` },
});
