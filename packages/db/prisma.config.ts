import { defineConfig } from "prisma/config";

// The CLI only generates here; migrations run through src/migrate.ts (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
