import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, migrationsDir } from "./migrate.js";
import { createMigration, migrationSlug, migrationTimestamp, pendingSchemaChange, schemaPath } from "./schema-engine.js";
import { createTestDatabase } from "./test-database.js";
import { testDatabaseUrl } from "./test-env.js";

const scratch = mkdtempSync(join(tmpdir(), "thidua-schema-engine-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A private copy of the migrations folder and of schema.prisma, to change. */
function copyOfSources() {
  const dir = mkdtempSync(join(scratch, "sources-"));
  cpSync(migrationsDir, join(dir, "migrations"), { recursive: true });
  cpSync(schemaPath, join(dir, "schema.prisma"));
  return { migrationsDir: join(dir, "migrations"), schemaPath: join(dir, "schema.prisma") };
}

const NEW_MODEL = `
model Notebook {
  id   Int    @id @default(autoincrement())
  note String
  @@map("notebook")
}
`;

function runCli(args: string[]) {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const cli = new URL("./cli/migration-new.ts", import.meta.url).pathname;
  return spawnSync(process.execPath, ["--import", tsx, cli, ...args], { encoding: "utf8" });
}

describe("creating migrations offline", () => {
  it("finds nothing to do when the schema and the committed migrations agree", async () => {
    expect(await pendingSchemaChange()).toBeNull();
  });

  it("writes a migration for a schema change, after which the folder agrees with the schema and applies", async () => {
    const sources = copyOfSources();
    writeFileSync(sources.schemaPath, readFileSync(sources.schemaPath, "utf8") + NEW_MODEL);

    const check = runCli(["--check", "--schema", sources.schemaPath, "--migrations", sources.migrationsDir]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/CREATE TABLE "notebook"/);

    const created = await createMigration("Add notebook", { ...sources, now: new Date("2026-12-01T08:09:10Z") });
    expect(created?.name).toBe("20261201080910_add_notebook");
    expect(readFileSync(join(sources.migrationsDir, "20261201080910_add_notebook", "migration.sql"), "utf8")).toBe(created?.sql);
    expect(created?.sql).toMatch(/CREATE TABLE "notebook" \(\s+"id" SERIAL NOT NULL,\s+"note" TEXT NOT NULL,/);

    expect(await pendingSchemaChange(sources)).toBeNull();

    // and the new folder applies on a real database
    const db = await createTestDatabase({ url: testDatabaseUrl, empty: true });
    try {
      expect(await migrate(db, sources)).toEqual({ applied: ["20261127000000_init", "20261201080910_add_notebook"] });
      expect(await db.prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM notebook`)).toEqual([{ n: 0 }]);
    } finally {
      await db.dispose();
    }
  }, 180_000); // the CLI run starts a process with its own engine; slow on a busy machine

  it("writes nothing for an unchanged schema", async () => {
    const sources = copyOfSources();
    expect(await createMigration("nothing", sources)).toBeNull();
    expect(readdirSync(sources.migrationsDir).sort()).toEqual(readdirSync(migrationsDir).sort());
  });

  it("reports a migration that does not apply instead of diffing past it", async () => {
    const sources = copyOfSources();
    const init = join(sources.migrationsDir, "20261127000000_init", "migration.sql");
    writeFileSync(init, `${readFileSync(init, "utf8")}\nSELECT 1 / 0;\n`);
    await expect(pendingSchemaChange(sources)).rejects.toThrow(/failed to apply cleanly to the shadow database[\s\S]*division by zero/);
  });

  it("names migrations the way Prisma does", () => {
    expect(migrationTimestamp(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102030405");
    expect(migrationSlug("Thêm đơn vị: cấp xã")).toBe("them_don_vi_cap_xa");
    expect(() => migrationSlug("!!")).toThrow(/not a usable migration name/);
  });
});
