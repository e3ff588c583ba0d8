import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { printSchemaSdl, schemaFile } from "../src/schema-sdl.js";

it("schema.graphql is the schema the code builds (pnpm --filter @thidua/api schema:print)", () => {
  expect(readFileSync(schemaFile, "utf8")).toBe(printSchemaSdl());
});
