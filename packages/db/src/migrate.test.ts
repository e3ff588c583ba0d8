import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  FailedMigrationError,
  MigrationChecksumError,
  MigrationScriptError,
  migrate,
  migrationStatus,
  migrationsDir,
  readMigrations,
} from "./migrate.js";
import { migrationList, schemaPath, withSchemaEngine } from "./schema-engine.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { testDatabaseKind, testDatabaseUrl } from "./test-env.js";

const INIT = "20261127000000_init";
const scratch = mkdtempSync(join(tmpdir(), "thidua-migrate-"));
const disposables: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(disposables.splice(0).map((db) => db.dispose()));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ url: testDatabaseUrl, empty: true });
  disposables.push(db);
  return db;
}

/** A private copy of the real migrations folder, to edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(join(scratch, "migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, "migration.sql"), sql);
}

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const rows = (db: TestDatabase) =>
  db.prisma.$queryRawUnsafe<Row[]>("SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name");

/** What Prisma's own schema engine makes of the database's migration history. */
function prismaDiagnosis(db: TestDatabase, dir = migrationsDir) {
  return withSchemaEngine(
    readFileSync(schemaPath, "utf8"),
    (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList: migrationList(dir),
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      }),
    db,
  );
}

describe(`migrate on ${testDatabaseKind}`, () => {
  it("applies the init migration and records it the way Prisma does", async () => {
    const db = await emptyDatabase();
    expect(await migrationStatus(db)).toEqual({ applied: [], pending: [INIT] });

    expect(await migrate(db)).toEqual({ applied: [INIT] });

    const [row, ...others] = await rows(db);
    expect(others).toEqual([]);
    const file = readFileSync(join(migrationsDir, INIT, "migration.sql"));
    expect(row).toMatchObject({
      migration_name: INIT,
      checksum: createHash("sha256").update(file).digest("hex"),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(row!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row!.finished_at!.getTime()).toBeGreaterThan(row!.started_at.getTime());
    // the schema itself is there
    expect(await db.prisma.unit.count()).toBe(0);
    expect(await migrationStatus(db)).toEqual({ applied: [INIT], pending: [] });
  });

  it("leaves a table Prisma's schema engine reads as fully applied, with nothing edited or failed", async () => {
    const db = await emptyDatabase();
    await migrate(db);
    expect(await prismaDiagnosis(db)).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });

  it("creates the migrations table with Prisma's exact column types", async () => {
    const db = await emptyDatabase();
    await migrate(db);
    const columns = await db.prisma.$queryRawUnsafe<object[]>(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    const text = (length: number | null) => ({ data_type: "character varying", length });
    const stamp = { data_type: "timestamp with time zone", length: null };
    expect(columns).toEqual([
      { column_name: "id", ...text(36), is_nullable: "NO", column_default: null },
      { column_name: "checksum", ...text(64), is_nullable: "NO", column_default: null },
      { column_name: "finished_at", ...stamp, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", ...text(255), is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", ...stamp, is_nullable: "YES", column_default: null },
      { column_name: "started_at", ...stamp, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
  });

  it("applies nothing the second time", async () => {
    const db = await emptyDatabase();
    await migrate(db);
    const before = await rows(db);
    expect(await migrate(db)).toEqual({ applied: [] });
    expect(await rows(db)).toEqual(before);
  });

  it("applies only what is new, in name order", async () => {
    const db = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    addMigration(dir, "20261201000000_b", `ALTER TABLE "unit" ADD COLUMN "b" TEXT;`);
    addMigration(dir, "20261130000000_a", `ALTER TABLE "unit" ADD COLUMN "a" TEXT;`);
    expect(await migrationStatus(db, { migrationsDir: dir })).toEqual({
      applied: [INIT],
      pending: ["20261130000000_a", "20261201000000_b"],
    });
    expect(await migrate(db, { migrationsDir: dir })).toEqual({ applied: ["20261130000000_a", "20261201000000_b"] });
    expect((await rows(db)).map((row) => row.migration_name)).toEqual([INIT, "20261130000000_a", "20261201000000_b"]);
  });

  it("refuses an applied migration whose file was edited, as Prisma would see it", async () => {
    const db = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    const file = join(dir, INIT, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- an afterthought\n`);

    const attempt = migrate(db, { migrationsDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(attempt).rejects.toMatchObject({ migrations: [INIT] });
    expect((await prismaDiagnosis(db, dir)).editedMigrationNames).toEqual([INIT]);
  });

  it("accepts a file whose line endings git changed, as Prisma does", async () => {
    const db = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    const file = join(dir, INIT, "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    expect(await migrate(db, { migrationsDir: dir })).toEqual({ applied: [] });
    expect((await prismaDiagnosis(db, dir)).editedMigrationNames).toEqual([]);
  });

  it("refuses to go on after a migration that failed half-way (Prisma's P3009)", async () => {
    const db = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    addMigration(dir, "20261201000000_next", "SELECT 1;");
    // what Prisma's CLI leaves behind when a script fails: started, never finished
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs)
       VALUES ('00000000-0000-4000-8000-000000000000', repeat('0', 64), '20261130000000_broken', 'boom')`,
    );
    const attempt = migrate(db, { migrationsDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(FailedMigrationError);
    await expect(attempt).rejects.toMatchObject({ migrations: ["20261130000000_broken"] });
    expect((await prismaDiagnosis(db, dir)).failedMigrationNames).toEqual(["20261130000000_broken"]);
    expect((await migrationStatus(db, { migrationsDir: dir })).pending).toEqual(["20261201000000_next"]);
  });

  it("rolls a failing migration back whole, records the attempt as rolled back, and applies it once fixed", async () => {
    const db = await emptyDatabase();
    const dir = copyOfMigrations();
    const name = "20261201000000_half";
    addMigration(dir, name, `CREATE TABLE "Half" (id INTEGER);\nSELECT 1 / 0;\n`);

    const attempt = migrate(db, { migrationsDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationScriptError);
    await expect(attempt).rejects.toThrow(/division by zero/);
    expect(await db.prisma.$queryRawUnsafe(`SELECT to_regclass('"Half"')::text AS half`)).toEqual([{ half: null }]);
    const failed = (await rows(db)).find((row) => row.migration_name === name);
    expect(failed).toMatchObject({ finished_at: null, applied_steps_count: 0, logs: expect.stringMatching(/division by zero/) });
    expect(failed!.rolled_back_at).toBeInstanceOf(Date);
    // the init migration before it stays applied
    expect(await migrationStatus(db, { migrationsDir: dir })).toEqual({ applied: [INIT], pending: [name] });
    expect((await prismaDiagnosis(db, dir)).failedMigrationNames).toEqual([]);

    writeFileSync(join(dir, name, "migration.sql"), `CREATE TABLE "Half" (id INTEGER);\n`);
    expect(await migrate(db, { migrationsDir: dir })).toEqual({ applied: [name] });
  });

  it("lets exactly one of several concurrent migrators apply each migration", async () => {
    const db = await emptyDatabase();
    // on PostgreSQL each call opens a session of its own, as separate server processes would
    const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
    expect(results.flatMap((result) => result.applied)).toEqual([INIT]);
    expect((await rows(db)).map((row) => row.migration_name)).toEqual([INIT]);
  });
});

describe("readMigrations", () => {
  it("lists the folders in name order with the sha256 of each file", () => {
    const dir = mkdtempSync(join(scratch, "list-"));
    addMigration(dir, "20261202000000_second", "SELECT 2;");
    addMigration(dir, "20261201000000_first", "SELECT 1;");
    writeFileSync(join(dir, "migration_lock.toml"), 'provider = "postgresql"');
    expect(readMigrations(dir)).toEqual([
      { name: "20261201000000_first", sql: "SELECT 1;", checksum: createHash("sha256").update("SELECT 1;").digest("hex") },
      { name: "20261202000000_second", sql: "SELECT 2;", checksum: createHash("sha256").update("SELECT 2;").digest("hex") },
    ]);
  });

  it("names a migration folder without its migration.sql", () => {
    const dir = mkdtempSync(join(scratch, "list-"));
    mkdirSync(join(dir, "20261201000000_lost"));
    expect(() => readMigrations(dir)).toThrow(/20261201000000_lost has no migration.sql/);
  });
});
