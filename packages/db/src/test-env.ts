// What the tests read from the environment (through the package's one env reader): CI runs the
// suite once on PGlite (DATABASE_URL unset) and once against a PostgreSQL server.
import { parseDatabaseUrl } from "./client.js";
import { env } from "./cli/env.js";

/** The PostgreSQL server to create test databases on, or undefined for in-memory PGlite. */
export const testDatabaseUrl =
  parseDatabaseUrl(env.DATABASE_URL).kind === "postgres" ? env.DATABASE_URL : undefined;

export const testDatabaseKind = testDatabaseUrl ? "postgres" : "pglite";
