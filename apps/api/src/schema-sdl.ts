// The committed schema.graphql: printed sorted, so that it changes only when the schema does.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.js";

export const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), "../schema.graphql");

export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
