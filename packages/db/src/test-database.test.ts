import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Database } from "./client.js";
import { migrationStatus, readMigrations } from "./migrate.js";
import { createTestDatabase, TEMPLATE_PREFIX, TEST_DATABASE_PREFIX, type TestDatabase } from "./test-database.js";
import { testDatabaseKind, testDatabaseUrl } from "./test-env.js";

const INIT = readMigrations().map((migration) => migration.name);
const disposables: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(disposables.splice(0).map((db) => db.dispose()));
});

async function testDatabase(options: Parameters<typeof createTestDatabase>[0] = {}): Promise<TestDatabase> {
  const db = await createTestDatabase({ url: testDatabaseUrl, ...options });
  disposables.push(db);
  return db;
}

/** A stand-in seed: one unit, counted so the test can tell how often it ran. */
function countingPrepare() {
  let runs = 0;
  return {
    runs: () => runs,
    prepare: async (db: Database) => {
      runs++;
      await db.prisma.unit.create({
        data: {
          code: "C01",
          name: "Công an tỉnh A",
          nameEn: "Province A Police",
          kind: "PROVINCIAL_POLICE",
          searchKey: "c01 cong an tinh a",
          source: "SYNTHETIC_DEMO",
        },
      });
    },
  };
}

const unitNames = async (db: Database) => (await db.prisma.unit.findMany({ select: { name: true } })).map((unit) => unit.name);

async function withServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const databaseNames = () =>
  withServer(async (admin) => (await admin.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((row) => row.datname));

describe(`createTestDatabase on ${testDatabaseKind}`, () => {
  // a key of its own per run, so that prepare's runs can be counted even on a server that keeps templates
  const cacheKey = `test-database-${randomBytes(4).toString("hex")}`;
  afterAll(async () => {
    if (!testDatabaseUrl) return;
    const family = `${TEMPLATE_PREFIX}${cacheKey.replaceAll("-", "_")}_`;
    const ours = (await databaseNames()).filter((name) => name.startsWith(family));
    await withServer(async (admin) => {
      for (const name of ours) await admin.query(`DROP DATABASE "${name}"`);
    });
  });

  it("gives a migrated database of the requested kind", async () => {
    const db = await testDatabase();
    expect(db.kind).toBe(testDatabaseKind);
    expect(await migrationStatus(db)).toEqual({ applied: INIT, pending: [] });
    expect(await db.prisma.unit.count()).toBe(0);
  });

  it("gives an empty database on request", async () => {
    const db = await testDatabase({ empty: true });
    expect(await migrationStatus(db)).toEqual({ applied: [], pending: INIT });
    expect(await db.prisma.$queryRawUnsafe("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);
  });

  it("keeps databases apart", async () => {
    const { prepare } = countingPrepare();
    const [first, second] = await Promise.all([testDatabase(), testDatabase()]);
    await prepare(first!);
    expect(await unitNames(first!)).toEqual(["Công an tỉnh A"]);
    expect(await unitNames(second!)).toEqual([]);
  });

  it("runs a keyed prepare once and starts every later database from its result", async () => {
    const counter = countingPrepare();
    const first = await testDatabase({ prepare: counter.prepare, cacheKey });
    const second = await testDatabase({ prepare: counter.prepare, cacheKey });
    expect(counter.runs()).toBe(1);
    expect(await unitNames(first)).toEqual(["Công an tỉnh A"]);
    expect(await unitNames(second)).toEqual(["Công an tỉnh A"]);
    // each is its own copy
    await first.prisma.unit.deleteMany();
    expect(await unitNames(second)).toEqual(["Công an tỉnh A"]);
    expect(await migrationStatus(second)).toEqual({ applied: INIT, pending: [] });
  });

  it("runs an unkeyed prepare for every database", async () => {
    const counter = countingPrepare();
    await testDatabase({ prepare: counter.prepare });
    const second = await testDatabase({ prepare: counter.prepare });
    expect(counter.runs()).toBe(2);
    expect(await unitNames(second)).toEqual(["Công an tỉnh A"]);
  });

  it("passes every statement to onQuery", async () => {
    const statements: string[] = [];
    const db = await testDatabase({ onQuery: (sql) => statements.push(sql) });
    await db.prisma.unit.findMany({ where: { code: "C01" } });
    expect(statements.some((sql) => /SELECT .* FROM "public"."unit"/.test(sql))).toBe(true);
  });

  it("reads through the driver on PostgreSQL only, what Prisma reads, counted as Prisma's statements are", async () => {
    const statements: string[] = [];
    const db = await testDatabase({ prepare: countingPrepare().prepare, onQuery: (sql) => statements.push(sql) });
    if (db.kind === "pglite") {
      expect(db.driverQuery).toBeNull();
      return;
    }
    const rows = await db.driverQuery!<{ code: string; name: string }>("SELECT code, name FROM unit WHERE code = $1", ["C01"]);
    expect(rows).toEqual(await db.prisma.unit.findMany({ where: { code: "C01" }, select: { code: true, name: true } }));
    expect(statements.filter((sql) => sql.startsWith("SELECT code, name FROM unit"))).toHaveLength(1);
  });
});

describe.runIf(testDatabaseUrl)("createTestDatabase on a PostgreSQL server", () => {
  it("names its database thidua_test_<random> and drops it on dispose", async () => {
    const db = await createTestDatabase({ url: testDatabaseUrl });
    const name = new URL(db.target.kind === "postgres" ? db.target.connectionString : "").pathname.slice(1);
    expect(name).toMatch(new RegExp(`^${TEST_DATABASE_PREFIX}[0-9a-f]{12}$`));
    expect(await databaseNames()).toContain(name);
    await db.dispose();
    expect(await databaseNames()).not.toContain(name);
  });

  it("replaces a template built from older migrations", async () => {
    const cacheKey = `stale-${randomBytes(4).toString("hex")}`;
    const family = `${TEMPLATE_PREFIX}${cacheKey.replaceAll("-", "_")}_`;
    const stale = `${family}0000000000000000`;
    await withServer((admin) => admin.query(`CREATE DATABASE "${stale}"`));
    try {
      await testDatabase({ cacheKey });
      const templates = (await databaseNames()).filter((name) => name.startsWith(family));
      expect(templates).toHaveLength(1);
      expect(templates[0]).not.toBe(stale);
    } finally {
      const leftovers = (await databaseNames()).filter((name) => name.startsWith(family));
      await withServer(async (admin) => {
        for (const name of leftovers) await admin.query(`DROP DATABASE "${name}"`);
      });
    }
  });
});
