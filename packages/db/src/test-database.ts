// Throw-away migrated databases for tests, cheap enough for one per test file (or per test).
// Every database is a copy of an image: the migrated schema plus what a keyed `prepare` wrote.
// PGlite: the image is a `dumpDataDir()` made once per process. PostgreSQL: it is a template
// database built once per migrations+cacheKey and kept on the server across runs; each test
// database is a `CREATE DATABASE … TEMPLATE` copy of it.
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

/** What a database starts from: the migrated schema, plus what a keyed prepare wrote. */
interface Image {
  /** Names the image; changes whenever a migration or the cache key does. */
  id: string;
  /** Readable part of a template's name. */
  label: string;
  fill(db: Database): Promise<void>;
}

function imageOf(options: TestDatabaseOptions): Image {
  const keyed = options.cacheKey !== undefined;
  const hash = createHash("sha256").update(keyed ? `prepared:${options.cacheKey}` : "migrated");
  for (const migration of readMigrations(migrationsDir)) hash.update(`\0${migration.name}\0${migration.checksum}`);
  return {
    id: hash.digest("hex").slice(0, 16),
    label: (keyed ? options.cacheKey! : "migrated").toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 24) || "prepared",
    async fill(db) {
      await migrate(db);
      if (keyed) await options.prepare?.(db);
    },
  };
}

/** Runs after the database is copied from its image: an unkeyed prepare, every time. */
async function finish(db: Database, options: TestDatabaseOptions): Promise<void> {
  if (options.cacheKey === undefined) await options.prepare?.(db);
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

/** Even an empty database starts from an image: loading one is faster than PGlite's own initdb. */
function pgliteImage(image: Image | null): Promise<Blob> {
  const id = image?.id ?? "empty";
  let dump = pgliteImages.get(id);
  if (!dump) {
    dump = (async () => {
      const db = await openDatabase({ url: "memory://" });
      try {
        await image?.fill(db);
        // uncompressed: it loads faster than gzip, and the image stays in this process's memory
        return await db.pglite!.dumpDataDir("none");
      } finally {
        await db.close();
      }
    })();
    // a failed build is not cached: the next caller gets the error afresh
    dump.catch(() => pgliteImages.delete(id));
    pgliteImages.set(id, dump);
  }
  return dump;
}

async function createPgliteDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const snapshot = await pgliteImage(options.empty ? null : imageOf(options));
  const db = await openDatabase({ url: "memory://", onQuery: options.onQuery, snapshot });
  try {
    await finish(db, options);
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

/** Returns the name of a template database holding the image; builds it if missing. */
async function ensureTemplate(url: string, image: Image): Promise<string> {
  const family = `${TEMPLATE_PREFIX}${image.label}_`;
  const name = `${family}${image.id}`;
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
      await image.fill(db);
    } finally {
      await db.close();
    }
    await admin.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`);
    return name;
  });
}

async function createPostgresDatabase(url: string, options: TestDatabaseOptions): Promise<TestDatabase> {
  const template = options.empty ? null : await ensureTemplate(url, imageOf(options));
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
    await finish(db, options);
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
