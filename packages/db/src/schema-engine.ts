// Prisma's schema engine (the WebAssembly build: the native one cannot be downloaded here),
// for diffing the migrations folder against schema.prisma with no database server: the folder
// is replayed on throw-away in-memory PGlite "shadow" databases. Tests also point it at a real
// database to check that Prisma reads our _prisma_migrations table as we do.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { searchKey } from "@thidua/domain/text";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database } from "./client.js";
import { migrationsDir as defaultMigrationsDir, readMigrations } from "./migrate.js";

export const schemaPath = resolve(dirname(fileURLToPath(import.meta.url)), "../prisma/schema.prisma");

type SchemaEngine = engineBindings.SchemaEngine;
type MigrationList = engineBindings.MigrationList;

// Node has the WebAssembly global, but its types live in lib.dom, which this package leaves out.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let instantiated: Promise<void> | undefined;

/** The package's own entry imports the .wasm as an ES module, which Node cannot; instantiate it by hand. */
function instantiateEngine(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBindings,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/** The prisma-engines commit the WebAssembly engine was built from. */
export async function engineVersion(): Promise<string> {
  await instantiateEngine();
  return engineBindings.version();
}

/** Gives the engine `main` (or a throw-away PGlite) as its database, and a fresh in-memory PGlite
 * for every shadow database it asks for. */
class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "thidua-schema-engine";
  private readonly opened: Array<{ dispose(): Promise<void> }> = [];

  constructor(private readonly main: Database | undefined) {}

  async connect(): Promise<SqlDriverAdapter> {
    if (this.main?.target.kind === "postgres") {
      const adapter = await new PrismaPg({ connectionString: this.main.target.connectionString }).connect();
      this.opened.push(adapter);
      return adapter;
    }
    return this.pglite(this.main?.pglite ?? undefined);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.pglite(undefined);
  }

  private async pglite(existing: PGlite | undefined): Promise<SqlDriverAdapter> {
    const pglite = existing ?? new PGlite();
    if (!existing) this.opened.push({ dispose: () => pglite.close() });
    const adapter = await new PrismaPGlite(pglite).connect();
    // pglite-prisma-adapter 0.7.2 fires scripts without awaiting them, so a broken migration
    // would pass unnoticed; await it and let the adapter translate the error.
    const translate = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = (script) => pglite.exec(script).then(() => undefined, translate);
    return adapter;
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.map((resource) => resource.dispose()));
  }
}

const noFilters = { externalTables: [], externalEnums: [] };

export function migrationList(migrationsDir: string): MigrationList {
  // shaped as Prisma's CLI builds it: paths relative to baseDir
  const lockfile = join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockfile) ? readFileSync(lockfile, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(migrationsDir).map((migration) => ({
      path: migration.name, // the engine takes this as the migration's name
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
    })),
  };
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the databases it opened (not `database`). */
  close(): Promise<void>;
}

/** A schema engine for the given schema files, connected to `database` (default: a throw-away PGlite). */
export async function openSchemaEngine(
  schemaFiles: Array<[path: string, content: string]>,
  database?: Database,
): Promise<OpenSchemaEngine> {
  await instantiateEngine();
  const factory = new EngineAdapterFactory(database);
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: schemaFiles.length > 0 ? schemaFiles : undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await factory.close();
    },
  };
}

export async function withSchemaEngine<T>(
  schema: string,
  work: (engine: SchemaEngine) => Promise<T>,
  database?: Database,
): Promise<T> {
  const { engine, close } = await openSchemaEngine([["schema.prisma", schema]], database);
  try {
    return await work(engine);
  } finally {
    await close();
  }
}

export interface SchemaSources {
  migrationsDir?: string;
  schemaPath?: string;
}

/** The SQL that would bring a database migrated with the folder up to schema.prisma, or null if none. */
export async function pendingSchemaChange(sources: SchemaSources = {}): Promise<string | null> {
  const migrationsDir = sources.migrationsDir ?? defaultMigrationsDir;
  const schema = readFileSync(sources.schemaPath ?? schemaPath, "utf8");
  const result = await withSchemaEngine(schema, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationList(migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      // 0: no difference, 2: a difference (Prisma's `migrate diff --exit-code`)
      exitCode: true,
      filters: noFilters,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : null;
}

/** `20261127093000`: Prisma's migration name prefix, in UTC. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export function migrationSlug(name: string): string {
  const slug = searchKey(name)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (slug === "") throw new Error(`"${name}" is not a usable migration name: use letters, digits and _`);
  return slug;
}

export interface CreatedMigration {
  name: string;
  file: string;
  sql: string;
}

/** Writes `<timestamp>_<name>/migration.sql` with what schema.prisma adds; null when there is nothing to add. */
export async function createMigration(
  name: string,
  sources: SchemaSources & { now?: Date } = {},
): Promise<CreatedMigration | null> {
  const migrationsDir = sources.migrationsDir ?? defaultMigrationsDir;
  const slug = migrationSlug(name);
  const sql = await pendingSchemaChange(sources);
  if (sql === null) return null;
  const fullName = `${migrationTimestamp(sources.now ?? new Date())}_${slug}`;
  const latest = readMigrations(migrationsDir).at(-1)?.name;
  if (latest !== undefined && fullName <= latest) {
    throw new Error(`${fullName} would not sort after the latest migration ${latest}; check the clock`);
  }
  const file = join(migrationsDir, fullName, "migration.sql");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, sql);
  return { name: fullName, file, sql };
}
