// /healthz says the process is up; /readyz that the database answers and has every migration.
import { migrationsDir, readMigrations } from "@thidua/db/migrate";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

async function probe(yoga: ReturnType<typeof testApi>["yoga"], path: string) {
  const response = await yoga.fetch(`http://api.test${path}`);
  return { status: response.status, body: await response.json() };
}

describe("/healthz", () => {
  it("answers 200 while the process is up", async () => {
    expect(await probe(api.yoga, "/healthz")).toEqual({ status: 200, body: { status: "ok" } });
  });
});

describe("/readyz", () => {
  it("answers 200 on a migrated database", async () => {
    const { status, body } = await probe(api.yoga, "/readyz");
    expect(status).toBe(200);
    expect(body.status).toBe("ready");
  });

  it("answers 503 naming the migration that is pending", async () => {
    const spare = await seededTestDatabase();
    try {
      const [latest] = readMigrations(migrationsDir).slice(-1);
      await spare.prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${latest!.name}`;
      const { status, body } = await probe(testApi(spare).yoga, "/readyz");
      expect(status).toBe(503);
      expect(body).toEqual({ status: "unavailable", reason: `pending migrations: ${latest!.name}` });
    } finally {
      await spare.dispose();
    }
  });

  it("answers 503 when the database is gone, without saying where it was", async () => {
    const spare = await seededTestDatabase();
    const { yoga, authHeaders } = testApi(spare);
    // the sign-in started by testApi must be over before the database goes (else its connection dies mid-query)
    await authHeaders();
    await spare.dispose();
    const { status, body } = await probe(yoga, "/readyz");
    expect(status).toBe(503);
    expect(body).toEqual({ status: "unavailable", reason: "database unreachable" });
    // the liveness probe does not depend on the database
    expect((await probe(yoga, "/healthz")).status).toBe(200);
  });
});
