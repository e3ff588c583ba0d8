#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma's native schema engine is downloaded at install time from
// a host these machines cannot reach; schema-engine.sh stands in for it on the WebAssembly engine.
// The project's own path is src/migrate.ts (db:migrate) and src/cli/migration-new.ts.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? join(here, "schema-engine.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  PATH: `${join(here, "..", "node_modules", ".bin")}:${process.env.PATH ?? ""}`,
};
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: join(here, "..") });
process.exit(result.status ?? 1);
