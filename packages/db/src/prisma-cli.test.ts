// The real Prisma CLI, running on our stand-in schema engine (scripts/schema-engine.sh), and our
// migrator read and write the same _prisma_migrations table and agree about it.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./client.js";
import { migrate, migrationStatus, migrationsDir, readMigrations } from "./migrate.js";
import { schemaPath } from "./schema-engine.js";
import { createTestDatabase } from "./test-database.js";
import { testDatabaseKind, testDatabaseUrl } from "./test-env.js";

const INIT = readMigrations().map((migration) => migration.name);
const prismaCli = new URL("../scripts/prisma.mjs", import.meta.url).pathname;

interface Fresh {
  url: string;
  /** Runs `work` on the database; a PGlite folder is released afterwards for the CLI to open. */
  use<T>(work: (db: Database) => Promise<T>): Promise<T>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freshDatabase(): Promise<Fresh> {
  if (testDatabaseUrl) {
    const db = await createTestDatabase({ url: testDatabaseUrl, empty: true });
    cleanups.push(() => db.dispose());
    const url = db.target.kind === "postgres" ? db.target.connectionString : "";
    return { url, use: (work) => work(db) };
  }
  const dir = mkdtempSync(join(tmpdir(), "thidua-prisma-cli-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const url = `pglite:${join(dir, "data")}`;
  return {
    url,
    async use(work) {
      const db = await openDatabase({ url });
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    },
  };
}

function prisma(args: string[], url: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

describe(`the Prisma CLI on ${testDatabaseKind}`, () => {
  it("sees what our migrator applied", async () => {
    const database = await freshDatabase();
    const before = await prisma(["migrate", "status"], database.url);
    expect(before.output).toMatch(new RegExp(`have not yet been applied:\\s+${INIT.join("\\s+")}`));
    expect(before.status).toBe(1);

    await database.use((db) => migrate(db));
    const after = await prisma(["migrate", "status"], database.url);
    expect(after.output).toContain("Database schema is up to date!");
    expect(after.status).toBe(0);
  }, 180_000);

  it("applies migrations our migrator then finds applied, with matching checksums", async () => {
    const database = await freshDatabase();
    const deploy = await prisma(["migrate", "deploy"], database.url);
    expect(deploy.output).toContain("All migrations have been successfully applied.");
    expect(deploy.status).toBe(0);

    await database.use(async (db) => {
      expect(await migrationStatus(db)).toEqual({ applied: INIT, pending: [] });
      expect(await migrate(db)).toEqual({ applied: [] });
    });
  }, 180_000);

  it("prints the SQL between the migrations and a changed schema (migrate diff)", async () => {
    const database = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), "thidua-prisma-diff-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const changed = join(dir, "schema.prisma");
    writeFileSync(changed, `${readFileSync(schemaPath, "utf8")}\nmodel Notebook {\n  id Int @id\n  @@map("notebook")\n}\n`);
    const diff = await prisma(
      ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", changed, "--script", "--exit-code"],
      database.url,
    );
    expect(diff.output).toMatch(/CREATE TABLE "notebook"/);
    expect(diff.status).toBe(2); // Prisma's "there is a difference"
  }, 180_000);
});
