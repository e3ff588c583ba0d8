// Throw-away migrated databases for tests, cheap enough for one per test file (or per test).
// PGlite: the migrated (and prepared) cluster is dumped once per process and each new database
// starts from that image. PostgreSQL: a template database is built once per migrations+cacheKey
// (kept on the server across runs) and each test database is a `CREATE DATABASE … TEMPLATE` copy.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase, parseDatabaseUrl } from "./client.js";
import { migrate, migrationsDir, readMigrations } from "./migrate.js";

export interface TestDatabaseOptions {
  /** `postgres://…` creates a database of its own on that server; anything else (or nothing): in-memory PGlite. */
  url?: string | undefined;
  /** Fills the migrated database (a seed). Runs once per cacheKey when one is given, else for every database. */
  prepare?: ((db: Database) => Promise<void>) | undefined;
  /** Names what `prepare` writes. The prepared image is reused under it (on PostgreSQL across runs,
   * until the migrations change), so change the key when what prepare writes changes. */
  cacheKey?: string | undefined;
  onQuery?: ((sql: string) => void) | undefined;
  /** No migrations at all: for testing the migrator itself. */
  empty?: boolean | undefined;
}

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

export const TEST_DATABASE_PREFIX = "thidua_test_";
export const TEMPLATE_PREFIX = "thidua_tpl_";

/** Changes whenever a migration or the cache key does. */
function fingerprint(cacheKey: string): string {
  const hash = createHash("sha256").update(cacheKey);
  for (const migration of readMigrations(migrationsDir)) hash.update(`\0${migration.name}\0${migration.checksum}`);
  return hash.digest("hex").slice(0, 16);
}

async function prepared(db: Database, prepare: TestDatabaseOptions["prepare"]): Promise<void> {
  await migrate(db);
  await prepare?.(db);
}

/** A prepare without a cache key runs on every database; everything else starts from an image. */
function fromImage(options: TestDatabaseOptions): boolean {
  return !options.empty && (options.prepare === undefined || options.cacheKey !== undefined);
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (options.empty && options.prepare) throw new Error("An empty test database cannot be prepared");
  const target = parseDatabaseUrl(options.url);
  return target.kind === "postgres"
    ? createPostgresDatabase(target.connectionString, options)
    : createPgliteDatabase(options);
}

// --- PGlite -------------------------------------------------------------------------------------

const pgliteImages = new Map<string, Promise<Blob>>();

function pgliteImage(cacheKey: string, prepare: TestDatabaseOptions["prepare"]): Promise<Blob> {
  const key = fingerprint(cacheKey);
  let image = pgliteImages.get(key);
  if (!image) {
    image = (async () => {
      const db = await openDatabase({ url: "memory://" });
      try {
        await prepared(db, prepare);
        // uncompressed: gzip costs more time than the copy saves
        return await db.pglite!.dumpDataDir("none");
      } finally {
        await db.close();
      }
    })();
    // a failed build is not cached: the next caller gets the error afresh
    image.catch(() => pgliteImages.delete(key));
    pgliteImages.set(key, image);
  }
  return image;
}

async function createPgliteDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const snapshot = fromImage(options) ? await pgliteImage(options.cacheKey ?? "", options.prepare) : undefined;
  const db = await openDatabase({ url: "memory://", onQuery: options.onQuery, snapshot });
  try {
    if (!snapshot && !options.empty) await prepared(db, options.prepare);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { ...db, dispose: () => db.close() };
}

// --- PostgreSQL ---------------------------------------------------------------------------------

/** Serialises template builds across processes (vitest runs test files in parallel workers). */
const TEMPLATE_LOCK_KEY = 0x74686964; // "thid"

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function databaseNames(admin: pg.Client): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database");
  return rows.map((row) => row.datname);
}

/** Returns the name of a template holding the migrated, prepared database; builds it if missing. */
async function ensureTemplate(url: string, cacheKey: string, prepare: TestDatabaseOptions["prepare"]): Promise<string> {
  const family = `${TEMPLATE_PREFIX}${cacheKey.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 24) || "migrated"}_`;
  const name = `${family}${fingerprint(cacheKey)}`;
  const ofFamily = new RegExp(`^${family}[0-9a-f]{16}(_partial)?$`);
  return withAdmin(url, async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    const existing = await databaseNames(admin);
    if (existing.includes(name)) return name;
    // Templates of older migrations (or an older prepare), and half-built ones, go. One still being
    // copied from by an older checkout refuses to drop; that is fine, it goes next time.
    for (const stale of existing.filter((candidate) => ofFamily.test(candidate))) {
      await admin.query(`DROP DATABASE IF EXISTS ${quote(stale)}`).catch(() => {});
    }
    // built under another name and renamed when complete, so a crash never leaves a bad template
    const building = `${name}_partial`;
    await admin.query(`CREATE DATABASE ${quote(building)}`);
    const db = await openDatabase({ url: withDatabase(url, building) });
    try {
      await prepared(db, prepare);
    } finally {
      await db.close();
    }
    await admin.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`);
    return name;
  });
}

async function createPostgresDatabase(url: string, options: TestDatabaseOptions): Promise<TestDatabase> {
  const template = fromImage(options) ? await ensureTemplate(url, options.cacheKey ?? "", options.prepare) : null;
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString("hex")}`;
  await withAdmin(url, (admin) =>
    admin.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`),
  );
  const drop = () => withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
  let db: Database;
  try {
    db = await openDatabase({ url: withDatabase(url, name), onQuery: options.onQuery });
  } catch (error) {
    await drop();
    throw error;
  }
  try {
    if (!template && !options.empty) await prepared(db, options.prepare);
  } catch (error) {
    await db.close();
    await drop();
    throw error;
  }
  return {
    ...db,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}
