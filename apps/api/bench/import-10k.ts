// How long a 10,000-row import takes through the real endpoint (yoga.fetch, signed in as an
// admin): officers and observations, dry run then commit, on in-memory PGlite and, when a URL is
// given (argument or DATABASE_URL), on PostgreSQL. A measurement to read, not a test.
//   pnpm --filter @thidua/api bench:import [postgres://postgres@127.0.0.1:5432/postgres]
import { seedDatabase } from "@thidua/db/seed";
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { startSession, SESSION_COOKIE } from "../src/auth/session.js";
import { env } from "../src/env.js";
import { createApi } from "../src/yoga.js";

const ROWS = 10_000;

async function adminCookie(db: TestDatabase): Promise<string> {
  const account = await db.prisma.account.create({
    data: { email: "bench@bench.thidua", passwordHash: "!", displayName: "Bench", role: "ADMIN" },
  });
  return `${SESSION_COOKIE}=${(await startSession(db.prisma, account.id)).token}`;
}

/** 10,000 officers spread over the demo's units, one post for every other one. */
async function officersFile(db: TestDatabase): Promise<string> {
  const units = await db.prisma.unit.findMany({ where: { active: true }, select: { code: true }, orderBy: { id: "asc" } });
  const lines = ["service_number,full_name,rank,rank_from,unit_code,unit_from,post_title,post_title_en,post_from,gender,birth_date"];
  for (let index = 0; index < ROWS; index++) {
    const unit = units[index % units.length]!.code;
    const post = index % 2 === 0 ? "Cán bộ,Officer,2022-01-01" : ",,";
    const born = `19${70 + (index % 30)}-0${1 + (index % 9)}-1${index % 10}`;
    lines.push(`BENCH-${String(index).padStart(5, "0")},Nguyễn Văn Thử ${index},DAI_UY,2021-01-01,${unit},2021-01-01,${post},MALE,${born}`);
  }
  return lines.join("\n");
}

/** 10,000 monthly values of 2025–2027 (after the demo's years) for the units that report. */
async function observationsFile(db: TestDatabase): Promise<string> {
  const reporting = await db.prisma.observation.findMany({ distinct: ["unitId"], select: { unit: { select: { code: true } } } });
  const indicators = await db.prisma.indicator.findMany({ select: { code: true, aggregation: true } });
  const lines = ["indicator_code,unit_code,granularity,period_start,value,numerator,denominator"];
  outer: for (const year of [2025, 2026, 2027]) {
    for (let month = 1; month <= 12; month++) {
      for (const { unit } of reporting) {
        for (const indicator of indicators) {
          if (lines.length > ROWS) break outer;
          const start = `${year}-${String(month).padStart(2, "0")}-01`;
          const rate = indicator.aggregation === "RATIO_OF_SUMS";
          lines.push(`${indicator.code},${unit.code},MONTH,${start},${rate ? "75,3,4" : `${lines.length % 97},,`}`);
        }
      }
    }
  }
  return lines.join("\n");
}

async function measure(label: string, url: string | undefined) {
  const db = await createTestDatabase({ url, prepare: (opened) => seedDatabase(opened.prisma, { demo: true }).then(() => {}), cacheKey: "demo" });
  try {
    const yoga = createApi({ db });
    const cookie = await adminCookie(db);
    for (const [mutation, file] of [
      ["importOfficers", await officersFile(db)],
      ["importObservations", await observationsFile(db)],
    ] as const) {
      for (const dryRun of [true, false]) {
        const started = performance.now();
        const response = await yoga.fetch("http://bench/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({
            query: `mutation ($input: ImportInput!) { ${mutation}(input: $input) { rows committed created errors { row code message } } }`,
            variables: { input: { csv: file, dryRun } },
          }),
        });
        const result = (await response.json()) as { data?: Record<string, { rows: number; committed: boolean; created: number; errors: unknown[] }>; errors?: unknown };
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const report = result.data?.[mutation];
        if (!report || report.errors.length > 0) throw new Error(`${mutation}: ${JSON.stringify(result.errors ?? report?.errors.slice(0, 3))}`);
        const size = (file.length / 1e6).toFixed(1);
        console.log(`${label.padEnd(10)} ${mutation.padEnd(18)} ${dryRun ? "dry run" : "commit "} ${report.rows} rows (${size} MB): ${seconds} s`);
      }
    }
  } finally {
    await db.dispose();
  }
}

const postgres = process.argv[2] ?? (env.DATABASE_URL?.startsWith("postgres") ? env.DATABASE_URL : undefined);
await measure("PGlite", undefined);
if (postgres) await measure("PostgreSQL", postgres);
