#!/usr/bin/env node
// Interim, until src/cli/migration-new.ts lands: rewrites the (unreleased) init migration from
// schema.prisma with Prisma's WebAssembly schema engine (diff: empty -> schema).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();
const schema = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, factory);
const res = await engine.diff({
  from: { tag: "empty" },
  to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
writeFileSync(join(root, "prisma/migrations/20261127000000_init/migration.sql"), res.stdout);
console.log("rewrote prisma/migrations/20261127000000_init/migration.sql");
process.exit(0);
