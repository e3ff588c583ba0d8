// Roster statistics through yoga.fetch: totals and groups checked against counts made directly in
// SQL (written out here, independently of src/rosters/statistics.ts), on the seeded demo database.
import { type Rank, ranks, rankTier } from "@thidua/domain/ranks";
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

const AS_OF = "2022-11-23";

/** The roster of a day, person by person, straight from the tables. */
async function rosterRows(asOf: string) {
  return db.prisma.$queryRaw<Array<{ personId: number; rank: Rank; unitCode: string | null; gender: string | null; birthDate: Date | null }>>`
    SELECT o."personId", g.rank::text AS rank, u.code AS "unitCode", p.gender::text AS gender, p."birthDate"
    FROM officer o
    JOIN rank_grant g ON g."officerId" = o."personId" AND g."effectiveFrom" <= ${asOf}::date AND (g."effectiveTo" IS NULL OR g."effectiveTo" > ${asOf}::date)
    JOIN person p ON p.id = o."personId"
    LEFT JOIN unit_assignment ua ON ua."personId" = o."personId" AND ua."effectiveFrom" <= ${asOf}::date AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > ${asOf}::date)
    LEFT JOIN unit u ON u.id = ua."unitId"
    WHERE o."retiredAt" IS NULL OR o."retiredAt" > ${asOf}::date`;
}

const countBy = <T>(rows: T[], key: (row: T) => string | null) => {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

async function statistics(groupBy: string[], extra: Record<string, unknown> = {}) {
  const { rosterStatistics } = await api.data(
    `query ($asOf: Date, $groupBy: [RosterDimension!]!, $filter: PersonFilter) {
      rosterStatistics(asOf: $asOf, groupBy: $groupBy, filter: $filter) {
        asOf total groupBy
        groups { count rank rankTier unit { code } cluster { number } postTitle gender ageBand }
      }
    }`,
    { asOf: AS_OF, groupBy, ...extra },
  );
  return rosterStatistics;
}

describe("roster statistics", () => {
  it("counts the roster by rank, up the ladder, with totals that add up", async () => {
    const rows = await rosterRows(AS_OF);
    const read = await statistics(["RANK"]);
    expect(read.asOf).toBe(AS_OF);
    expect(read.total).toBe(rows.length);
    expect(read.total).toBeGreaterThan(1000);
    const expected = countBy(rows, (row) => row.rank);
    expect(read.groups.map((group: { rank: string; count: number }) => [group.rank, group.count])).toEqual(
      ranks.filter((rank) => expected.has(rank)).map((rank) => [rank, expected.get(rank)]),
    );
    expect(read.groups.reduce((sum: number, group: { count: number }) => sum + group.count, 0)).toBe(read.total);
  });

  it("groups by rank tier and gender together", async () => {
    const rows = await rosterRows(AS_OF);
    const read = await statistics(["RANK_TIER", "GENDER"]);
    const expected = countBy(rows, (row) => `${rankTier(row.rank)}/${row.gender}`);
    expect(new Map(read.groups.map((group: { rankTier: string; gender: string | null; count: number }) => [`${group.rankTier}/${group.gender}`, group.count]))).toEqual(
      expected,
    );
    expect(read.groups[0].rankTier).toBe("ENLISTED");
    for (const group of read.groups) expect(group.rank).toBeNull();
  });

  it("groups by unit, with the unit itself, and the people without one in a null group", async () => {
    const rows = await rosterRows(AS_OF);
    const read = await statistics(["UNIT"]);
    const expected = countBy(rows, (row) => row.unitCode);
    expect(new Map(read.groups.map((group: { unit: { code: string } | null; count: number }) => [group.unit?.code ?? null, group.count]))).toEqual(expected);
    // the source's officers have a post but no recorded unit assignment
    expect(expected.get(null)).toBeGreaterThan(0);
  });

  it("puts a division's people in the cluster of the unit above it", async () => {
    const rows = await rosterRows(AS_OF);
    const read = await statistics(["CLUSTER"]);
    const inCluster1 = await db.prisma.$queryRaw<Array<{ count: number }>>`
      WITH RECURSIVE members AS (
        SELECT m."unitId" AS id FROM cluster_membership m JOIN cluster c ON c.id = m."clusterId"
        WHERE c.number = 1 AND m."fromYear" <= 2022 AND (m."toYear" IS NULL OR m."toYear" >= 2022)
        UNION SELECT u.id FROM unit u JOIN members ON u."parentId" = members.id)
      SELECT count(DISTINCT ua."personId")::int AS count FROM unit_assignment ua
      JOIN officer o ON o."personId" = ua."personId" AND (o."retiredAt" IS NULL OR o."retiredAt" > '2022-11-23')
      JOIN rank_grant g ON g."officerId" = ua."personId" AND g."effectiveFrom" <= '2022-11-23' AND (g."effectiveTo" IS NULL OR g."effectiveTo" > '2022-11-23')
      WHERE ua."unitId" IN (SELECT id FROM members) AND ua."effectiveFrom" <= '2022-11-23' AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > '2022-11-23')`;
    const cluster1 = read.groups.find((group: { cluster: { number: number } | null }) => group.cluster?.number === 1);
    expect(cluster1.count).toBe(inCluster1[0]!.count);
    expect(cluster1.count).toBeGreaterThan(0);
    expect(read.total).toBe(rows.length);
  });

  it("counts the holders of each post title that day, and those without a post", async () => {
    const read = await statistics(["POST_TITLE"]);
    const holders = await db.prisma.$queryRaw<Array<{ title: string; count: number }>>`
      SELECT pa.title, count(DISTINCT pa."personId")::int AS count FROM post_assignment pa
      JOIN officer o ON o."personId" = pa."personId" AND (o."retiredAt" IS NULL OR o."retiredAt" > '2022-11-23')
      JOIN rank_grant g ON g."officerId" = pa."personId" AND g."effectiveFrom" <= '2022-11-23' AND (g."effectiveTo" IS NULL OR g."effectiveTo" > '2022-11-23')
      WHERE (pa."effectiveFrom" IS NULL OR pa."effectiveFrom" <= '2022-11-23') AND (pa."effectiveTo" IS NULL OR pa."effectiveTo" > '2022-11-23')
      GROUP BY pa.title`;
    const byTitle = new Map(read.groups.map((group: { postTitle: string | null; count: number }) => [group.postTitle, group.count]));
    for (const { title, count } of holders) expect(byTitle.get(title)).toBe(count);
    expect(byTitle.get("Giám đốc")).toBeGreaterThan(0);
    expect(byTitle.get(null)).toBeGreaterThan(0);
  });

  it("bands ages on the day", async () => {
    const rows = await rosterRows(AS_OF);
    const onDay = new Date(`${AS_OF}T00:00:00Z`);
    const band = (birth: Date | null) => {
      if (!birth) return null;
      let years = onDay.getUTCFullYear() - birth.getUTCFullYear();
      if (onDay.getUTCMonth() < birth.getUTCMonth() || (onDay.getUTCMonth() === birth.getUTCMonth() && onDay.getUTCDate() < birth.getUTCDate())) years -= 1;
      return years < 30 ? "UNDER_30" : years < 40 ? "FROM_30_TO_39" : years < 50 ? "FROM_40_TO_49" : years < 60 ? "FROM_50_TO_59" : "FROM_60";
    };
    const read = await statistics(["AGE_BAND"]);
    expect(new Map(read.groups.map((group: { ageBand: string | null; count: number }) => [group.ageBand, group.count]))).toEqual(countBy(rows, (row) => band(row.birthDate)));
    expect(read.groups.map((group: { ageBand: string | null }) => group.ageBand)).toEqual(
      ["UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49", "FROM_50_TO_59", "FROM_60", null].filter((value) =>
        read.groups.some((group: { ageBand: string | null }) => group.ageBand === value),
      ),
    );
  });

  it("applies a person filter, read on the same day", async () => {
    const filter = { unit: { within: { cluster: { number: { eq: 1 } } } }, rankTier: { gte: "FIELD_OFFICER" } };
    const read = await statistics(["RANK"], { filter });
    const rows = await rosterRows(AS_OF);
    const { people } = await api.data(`query ($asOf: Date, $filter: PersonFilter) { people(asOf: $asOf, filter: $filter) { totalCount } }`, { asOf: AS_OF, filter });
    expect(read.total).toBe(people.totalCount);
    expect(read.total).toBeLessThan(rows.length);
    for (const group of read.groups) expect(["THIEU_TA", "TRUNG_TA", "THUONG_TA", "DAI_TA", "THIEU_TUONG", "TRUNG_TUONG", "THUONG_TUONG", "DAI_TUONG"]).toContain(group.rank);
  });

  it("gives the total alone for no dimension, and reads another day differently", async () => {
    const read = await statistics([]);
    expect(read.groups).toEqual([]);
    expect(read.total).toBe((await rosterRows(AS_OF)).length);
    const { rosterStatistics: earlier } = await api.data(`{ rosterStatistics(asOf: "2015-01-01", groupBy: []) { total } }`);
    expect(earlier.total).toBe((await rosterRows("2015-01-01")).length);
    expect(earlier.total).not.toBe(read.total);
  });

  it("lets every role count, but only roster readers filter people", async () => {
    const viewer = testApi(db, { as: "VIEWER" });
    const counts = await viewer.data(`{ rosterStatistics(asOf: "2022-11-23", groupBy: [RANK_TIER]) { total } }`);
    expect(counts.rosterStatistics.total).toBeGreaterThan(0);
    const filtered = await viewer.graphql(`{ rosterStatistics(asOf: "2022-11-23", groupBy: [RANK], filter: { fullName: { eq: "Vũ Thanh Chương" } }) { total } }`);
    expect(filtered.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
