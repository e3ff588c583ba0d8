// The benchmark's database: migrated and seeded at the large scale once, then reused across runs
// under a name that changes whenever the seed or a migration does.
import { createHash } from "node:crypto";
import { openDatabase } from "@thidua/db/client";
import { migrate, migrationsDir, readMigrations } from "@thidua/db/migrate";
import { seedDatabase, seedFingerprint } from "@thidua/db/seed";
import pg from "pg";

export const BENCH_PREFIX = "thidua_bench_";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** thidua_bench_<hash of the seed's code and facts and of every migration>. */
export function benchDatabaseName(): string {
  const hash = createHash("sha256").update(seedFingerprint());
  for (const migration of readMigrations(migrationsDir)) hash.update(`\0${migration.name}\0${migration.checksum}`);
  return `${BENCH_PREFIX}${hash.digest("hex").slice(0, 12)}`;
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  /** false when an earlier run's database was reused. */
  built: boolean;
  buildSeconds: number | null;
}

/**
 * Returns the benchmark database, building it when missing (or when `fresh`). It is built under a
 * `_partial` name and renamed when complete, so an interrupted build is never reused. Benchmark
 * databases of older seeds or migrations (about 1.5 GB each) are dropped on the way.
 */
export async function ensureBenchDatabase(adminUrl: string, options: { fresh: boolean; log: (line: string) => void }): Promise<BenchDatabase> {
  const name = benchDatabaseName();
  const url = withDatabase(adminUrl, name);
  const building = `${name}_partial`;
  const existing = await withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${BENCH_PREFIX}%`]);
    const names = rows.map((row) => row.datname);
    for (const stale of names.filter((candidate) => candidate !== name || options.fresh)) {
      options.log(`dropping ${stale}`);
      await admin.query(`DROP DATABASE IF EXISTS ${quote(stale)} WITH (FORCE)`);
    }
    return names.includes(name) && !options.fresh;
  });
  if (existing) {
    options.log(`reusing ${name} (pass --fresh to rebuild it)`);
    return { name, url, built: false, buildSeconds: null };
  }
  const started = performance.now();
  options.log(`building ${name}: migrations, facts, demo and the large scale (a few minutes)`);
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quote(building)}`));
  const db = await openDatabase({ url: withDatabase(adminUrl, building) });
  try {
    await migrate(db);
    await seedDatabase(db.prisma, { demo: true, scale: "large", log: (line) => options.log(`seed: ${line}`) });
  } finally {
    await db.close();
  }
  // a bulk load leaves no statistics and no visibility map: plans and index-only scans need both
  await withAdmin(withDatabase(adminUrl, building), (client) => client.query("VACUUM (ANALYZE)"));
  await withAdmin(adminUrl, (admin) => admin.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`));
  const buildSeconds = Math.round((performance.now() - started) / 1000);
  options.log(`built ${name} in ${buildSeconds} s`);
  return { name, url, built: true, buildSeconds };
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}
