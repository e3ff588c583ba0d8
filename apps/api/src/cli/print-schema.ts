// pnpm schema:print writes schema.graphql; pnpm schema:check fails when the committed file is stale.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { printSchemaSdl, schemaFile } from "../schema-sdl.js";

const printed = printSchemaSdl();

if (process.argv.includes("--check")) {
  const committed = existsSync(schemaFile) ? readFileSync(schemaFile, "utf8") : "";
  if (committed !== printed) {
    console.error(`${schemaFile} is stale: run pnpm --filter @thidua/api schema:print and commit it.`);
    process.exit(1);
  }
  console.log(`${schemaFile} is current.`);
} else {
  writeFileSync(schemaFile, printed);
  console.log(`wrote ${schemaFile}`);
}
