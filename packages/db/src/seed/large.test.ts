// The large scale, run at a small size: the same SQL at full size (1,020 units, 200,000
// officers, 3.1 million observations) takes about two minutes on PostgreSQL, too long for CI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-database.js";
import { testDatabaseKind, testDatabaseUrl } from "../test-env.js";
import { indicatorCatalog } from "./indicators.js";
import { isDatabaseEmpty, type SeedSummary, seedDatabase } from "./index.js";
import type { LargeScaleSize } from "./large.js";
import { countOf, leadershipViolations, rankHistoryViolations, tableChecksum } from "./test-support.js";

const size: LargeScaleSize = { provinces: 10, divisionsPerProvince: 3, districtsPerProvince: 2, officers: 3000, firstYear: 2022, lastYear: 2024 };
const units = size.provinces * (1 + size.divisionsPerProvince + size.districtsPerProvince);
const months = (size.lastYear - size.firstYear + 1) * 12;

async function seededLarge(): Promise<{ db: TestDatabase; summary: SeedSummary }> {
  let summary: SeedSummary | undefined;
  const db = await createTestDatabase({
    url: testDatabaseUrl,
    prepare: async (fresh) => {
      summary = await seedDatabase(fresh.prisma, { demo: false, scale: "large", force: true, largeSize: size });
    },
  });
  return { db, summary: summary! };
}

describe("the large scale (at a small size)", () => {
  let db: TestDatabase;
  let summary: SeedSummary;
  beforeAll(async () => {
    ({ db, summary } = await seededLarge());
  });
  afterAll(() => db?.dispose());
  const count = (sql: string) => countOf(db.prisma, sql);

  it("creates the units, officers and monthly observations the size asks for", async () => {
    expect(await db.prisma.unit.count({ where: { source: "SYNTHETIC_SCALE" } })).toBe(units);
    expect(await db.prisma.unit.count({ where: { source: "SYNTHETIC_SCALE", kind: "DIVISION" } })).toBe(size.provinces * size.divisionsPerProvince);
    expect(await db.prisma.officer.count({ where: { serviceNumber: { startsWith: "SCALE-" } } })).toBe(size.officers);
    expect(await db.prisma.person.count({ where: { source: "SYNTHETIC_SCALE" } })).toBe(size.officers);
    expect(await db.prisma.observation.count({ where: { source: "SYNTHETIC_SCALE", granularity: "MONTH" } })).toBe(units * indicatorCatalog.length * months);
    expect(await db.prisma.indicator.count()).toBe(indicatorCatalog.length);
    // every officer serves somewhere today, and every unit with officers has a head
    expect(await count(`SELECT count(*) FROM officer o WHERE o."serviceNumber" LIKE 'SCALE-%' AND NOT EXISTS (SELECT 1 FROM unit_assignment a WHERE a."personId" = o."personId" AND a."effectiveTo" IS NULL)`)).toBe(0);
    expect(
      await count(`SELECT count(*) FROM unit u WHERE u.source = 'SYNTHETIC_SCALE'
        AND EXISTS (SELECT 1 FROM unit_assignment a WHERE a."unitId" = u.id AND a."effectiveTo" IS NULL)
        AND NOT EXISTS (SELECT 1 FROM post_assignment p WHERE p."unitId" = u.id AND p.title IN ('Giám đốc', 'Trưởng phòng', 'Trưởng Công an huyện'))`),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM (SELECT "unitId" FROM post_assignment WHERE source = 'SYNTHETIC_SCALE' GROUP BY "unitId" HAVING count(*) > 3) crowded`)).toBe(0);
  });

  it("keeps the same invariants as the demo: rank histories, leaders, plausible ages, rates with their parts", async () => {
    expect(await rankHistoryViolations(db.prisma)).toBe(0);
    expect(await leadershipViolations(db.prisma)).toBe(0);
    const [ages] = await db.prisma.$queryRawUnsafe<Array<{ general: number | null; colonel: number; first: number }>>(
      `SELECT min(extract(year FROM age(g."effectiveFrom", p."birthDate"))) FILTER (WHERE g.rank >= 'THIEU_TUONG') AS general,
              min(extract(year FROM age(g."effectiveFrom", p."birthDate"))) FILTER (WHERE g.rank = 'DAI_TA') AS colonel,
              min(extract(year FROM age(g."effectiveFrom", p."birthDate"))) AS first
       FROM rank_grant g JOIN person p ON p.id = g."officerId" WHERE p.source = 'SYNTHETIC_SCALE'`,
    );
    if (ages!.general !== null) expect(Number(ages!.general)).toBeGreaterThanOrEqual(40);
    expect(Number(ages!.colonel)).toBeGreaterThanOrEqual(38);
    expect(Number(ages!.first)).toBeGreaterThanOrEqual(18);
    expect(
      await count(`SELECT count(*) FROM observation o JOIN indicator i ON i.id = o."indicatorId"
        WHERE (i.aggregation = 'RATIO_OF_SUMS') <> (o.numerator IS NOT NULL AND o.denominator > 0 AND o.numerator <= o.denominator)`),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM person WHERE "searchKey" <> lower("searchKey") OR "fullName" <> normalize("fullName", NFC)`)).toBe(0);
  });

  it("reports its time and comes out the same on a second run", async () => {
    expect(summary.durationMs.large).toBeGreaterThan(0);
    const { db: again, summary: second } = await seededLarge();
    try {
      expect(second.rows).toEqual(summary.rows);
      for (const table of ["unit", "person", "officer", "rank_grant", "unit_assignment", "post_assignment", "observation", "leadership_term"]) {
        expect(await tableChecksum(again.prisma, table), table).toBe(await tableChecksum(db.prisma, table));
      }
    } finally {
      await again.dispose();
    }
  }, 120_000);
});

describe.runIf(testDatabaseKind === "pglite")("the large scale on PGlite", () => {
  it("refuses without --force, and leaves the database empty", async () => {
    const db = await createTestDatabase();
    try {
      await expect(seedDatabase(db.prisma, { demo: false, scale: "large" })).rejects.toThrow(/meant for PostgreSQL.*--force/s);
      expect(await isDatabaseEmpty(db.prisma)).toBe(true);
    } finally {
      await db.dispose();
    }
  });
});
