// pnpm db:migration:new <name>  writes the migration that brings the folder up to schema.prisma.
// pnpm --filter @thidua/db migrations:check  (--check) fails, printing the SQL, when they disagree.
// --schema <file> and --migrations <dir> point it at other copies (tests).
import { parseArgs } from "node:util";
import { createMigration, pendingSchemaChange } from "../schema-engine.js";

const usage = "usage: migration-new <name> | migration-new --check  [--schema <file>] [--migrations <dir>]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: "boolean" }, schema: { type: "string" }, migrations: { type: "string" } },
});
const sources = { schemaPath: values.schema, migrationsDir: values.migrations };

if (values.check) {
  const sql = await pendingSchemaChange(sources);
  if (sql === null) {
    console.log("migrations match schema.prisma");
  } else {
    console.error("schema.prisma has changes that no migration holds; run pnpm db:migration:new <name>. Missing SQL:\n");
    console.error(sql);
    process.exitCode = 1;
  }
} else if (positionals.length === 1 && positionals[0]) {
  const created = await createMigration(positionals[0], sources);
  console.log(created ? `wrote ${created.file}` : "schema.prisma matches the migrations: nothing to do");
} else {
  console.error(usage);
  process.exitCode = 2;
}
