// Applies prisma/migrations/*/migration.sql and keeps Prisma's own `_prisma_migrations` table the
// way Prisma's CLI does (same DDL, checksum, advisory lock), so `prisma migrate status` agrees.
// We run our own applier because Prisma's native schema engine cannot be installed offline.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";
import type { Database } from "./client.js";

export const migrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../prisma/migrations");

/** The key Prisma's schema engine locks on PostgreSQL: sharing it serialises us with Prisma's CLI too. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// Verbatim from Prisma's PostgreSQL connector, so the table is the one Prisma would create.
const MIGRATIONS_TABLE_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the file, lowercase hex: what Prisma stores in `checksum`. */
  checksum: string;
}

export interface MigrateOptions {
  /** Another migrations folder (tests); defaults to this package's prisma/migrations. */
  migrationsDir?: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's P3009: a migration started and never finished or was rolled back; the database may be half-changed. */
export class FailedMigrationError extends MigrationError {
  override name = "FailedMigrationError";
  constructor(readonly migrations: string[]) {
    super(
      `Migration ${migrations.join(", ")} failed earlier and is recorded as unfinished in _prisma_migrations. ` +
        "Check the database by hand, then delete that row (or set rolled_back_at) before migrating again.",
    );
  }
}

/** An applied migration's file was edited afterwards: the database no longer matches the folder. */
export class MigrationChecksumError extends MigrationError {
  override name = "MigrationChecksumError";
  constructor(readonly migrations: string[]) {
    super(
      `Migration ${migrations.join(", ")} was changed after it was applied (checksum differs). ` +
        "Restore the file as it was and put the change in a new migration (pnpm db:migration:new <name>).",
    );
  }
}

/** A migration's SQL failed; its transaction was rolled back and the attempt recorded as rolled back. */
export class MigrationScriptError extends MigrationError {
  override name = "MigrationScriptError";
  constructor(
    readonly migration: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Prisma accepts a script whose line endings git changed since it was applied; so do we. */
function matchesChecksum(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")];
  return variants.some((variant) => checksum(variant) === recorded);
}

export function readMigrations(dir: string = migrationsDir): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b)) // the order Prisma's CLI lists them in
    .map((name) => {
      const file = join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new MigrationError(`${join(dir, name)} has no migration.sql`);
      const sql = readFileSync(file, "utf8");
      return { name, sql, checksum: checksum(sql) };
    });
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

interface SqlRunner {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(script: string): Promise<void>;
}

/** One connection to the database, held for a whole migration run. */
interface MigrationSession extends SqlRunner {
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

const pgliteRuns = new WeakMap<PGlite, Promise<unknown>>();

/** PGlite is one connection per process (and its folder is locked against other processes), so
 * a per-instance queue is the whole of the serialisation it needs. */
async function pgliteSession(pglite: PGlite): Promise<MigrationSession> {
  const previous = pgliteRuns.get(pglite) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((done) => {
    release = done;
  });
  pgliteRuns.set(
    pglite,
    previous.then(() => current),
  );
  await previous;
  const runner = (db: PGlite | Transaction): SqlRunner => ({
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script) => {
      await db.exec(script);
    },
  });
  return {
    ...runner(pglite),
    transaction: (work) => pglite.transaction((tx) => work(runner(tx))),
    release: async () => release(),
  };
}

async function postgresSession(connectionString: string): Promise<MigrationSession> {
  const client = new pg.Client({ connectionString });
  // a connection the server drops while idle surfaces on the next query; unheard, it would crash the process
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  } catch (error) {
    await client.end();
    throw error;
  }
  const runner: SqlRunner = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    // without parameters pg uses the simple query protocol, which accepts several statements
    exec: async (script) => {
      await client.query(script);
    },
  };
  return {
    ...runner,
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(runner);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {}); // on a broken connection, the first error says more
        throw error;
      }
    },
    async release() {
      // ending the session releases the advisory lock too
      await client.end();
    },
  };
}

function openSession(db: Database): Promise<MigrationSession> {
  if (db.target.kind === "postgres") return postgresSession(db.target.connectionString);
  if (!db.pglite) throw new MigrationError("An embedded database without its PGlite instance cannot be migrated");
  return pgliteSession(db.pglite);
}

const TABLE_EXISTS = "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present";
const SELECT_ROWS =
  "SELECT id, checksum, migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at ASC";

/** Applied = finished and not rolled back, exactly as Prisma counts it; in the order applied. */
function appliedNames(rows: MigrationRow[]): Set<string> {
  return new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
}

function check(rows: MigrationRow[], files: MigrationFile[]): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
  if (failed.length > 0) throw new FailedMigrationError(failed);
  const byName = new Map(files.map((file) => [file.name, file]));
  const edited = rows
    .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
    .filter((row) => {
      const file = byName.get(row.migration_name);
      return file !== undefined && !matchesChecksum(file.sql, row.checksum);
    })
    .map((row) => row.migration_name);
  if (edited.length > 0) throw new MigrationChecksumError([...new Set(edited)]);
}

/** Applies the pending migrations in name order, each in its own transaction. */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const files = readMigrations(options.migrationsDir);
  const session = await openSession(db);
  try {
    const [table] = await session.query<{ present: boolean }>(TABLE_EXISTS);
    if (!table?.present) await session.exec(MIGRATIONS_TABLE_DDL);
    const rows = await session.query<MigrationRow>(SELECT_ROWS);
    check(rows, files);
    const done = appliedNames(rows);
    const applied: string[] = [];
    for (const file of files.filter((candidate) => !done.has(candidate.name))) {
      const id = randomUUID();
      try {
        await session.transaction(async (tx) => {
          // clock_timestamp(), not now(): now() is frozen at the transaction's start
          await tx.query(
            "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, clock_timestamp(), $3)",
            [id, file.checksum, file.name],
          );
          await tx.exec(file.sql);
          await tx.query(
            "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
            [id],
          );
        });
      } catch (error) {
        // Nothing of it stayed (rolled back), so the attempt is recorded as rolled back: Prisma
        // then treats it as not applied, and the fixed file can be applied on the next run.
        await session
          .query(
            "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs, rolled_back_at) VALUES ($1, $2, clock_timestamp(), $3, $4, clock_timestamp())",
            [id, file.checksum, file.name, error instanceof Error ? error.message : String(error)],
          )
          .catch(() => {}); // a lost connection must not hide the migration's own error
        throw new MigrationScriptError(file.name, error);
      }
      applied.push(file.name);
    }
    return { applied };
  } finally {
    await session.release();
  }
}

/** What is applied and what is still to apply; read-only, through the Prisma client (cheap for /readyz). */
export async function migrationStatus(db: Database, options: MigrateOptions = {}): Promise<MigrationStatus> {
  const files = readMigrations(options.migrationsDir);
  const [table] = await db.prisma.$queryRawUnsafe<{ present: boolean }[]>(TABLE_EXISTS);
  const rows = table?.present ? await db.prisma.$queryRawUnsafe<MigrationRow[]>(SELECT_ROWS) : [];
  const done = appliedNames(rows);
  return {
    applied: [...done],
    pending: files.filter((file) => !done.has(file.name)).map((file) => file.name),
  };
}
