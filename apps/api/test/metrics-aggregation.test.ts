// metricValue on the demo data: each indicator's own aggregation rule over every kind of scope, the
// published 81.7 % rebuilt from the members' parts, and checks against sums the test computes itself
// with Prisma (a different route to the same rows).
import type { Prisma } from "@thidua/db/prisma";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFacts, seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db, { as: "VIEWER" });
});
afterAll(() => db?.dispose());

const VALUE = `query ($indicator: String!, $scope: MetricScope!, $period: MetricPeriod!) {
  metricValue(indicator: $indicator, scope: $scope, period: $period) {
    __typename
    ... on MetricValue { from to value numerator denominator observationCount unitCount unitCodes indicator { code aggregation } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path code } }
  }
}`;

async function metricValue(indicator: string, scope: Record<string, unknown>, period: Record<string, unknown>) {
  const { metricValue } = await api.data(VALUE, { indicator, scope, period });
  return metricValue;
}

/** Units that are members of a cluster in a year, read through Prisma. */
async function membersOf(clusterNumber: number, year: number): Promise<Array<{ id: number; code: string }>> {
  return db.prisma.unit.findMany({
    where: { memberships: { some: { cluster: { number: clusterNumber }, fromYear: { lte: year }, OR: [{ toYear: null }, { toYear: { gte: year } }] } } },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
}

/** Σ of the monthly observations of some units over a year (all demo figures are monthly). */
async function sums(indicator: string, where: Prisma.ObservationWhereInput) {
  const { _sum, _count, _avg } = await db.prisma.observation.aggregate({
    where: { indicator: { code: indicator }, granularity: "MONTH", ...where },
    _sum: { value: true, numerator: true, denominator: true },
    _avg: { value: true },
    _count: true,
  });
  return { value: _sum.value, numerator: _sum.numerator, denominator: _sum.denominator, average: _avg.value, count: _count };
}

describe("the published rate rebuilt from its parts", () => {
  it("gives 81.7 % for cluster 1 in 2022 as Σ cleared / Σ recorded of its five members", async () => {
    const facts = readFacts();
    const published = facts.observations.find((o) => o.indicator === "CASE_CLEARANCE_RATE" && o.cluster === 1 && o.year === 2022)!;
    const members = await membersOf(1, 2022);
    expect(members.map((unit) => unit.code)).toEqual([...facts.clusters[0]!.members].sort());
    const parts = await sums("CASE_CLEARANCE_RATE", { year: 2022, unitId: { in: members.map((unit) => unit.id) } });

    const result = await metricValue("CASE_CLEARANCE_RATE", { clusterNumbers: [1] }, { year: 2022 });
    expect(result).toMatchObject({
      __typename: "MetricValue",
      from: "2022-01-01",
      to: "2022-12-31",
      numerator: parts.numerator,
      denominator: parts.denominator,
      observationCount: 60,
      unitCount: 5,
      unitCodes: members.map((unit) => unit.code),
      indicator: { code: "CASE_CLEARANCE_RATE", aggregation: "RATIO_OF_SUMS" },
    });
    expect(result.value).toBeCloseTo((100 * parts.numerator!) / parts.denominator!, 10);
    expect(result.value.toFixed(1)).toBe(String(published.value));

    // the same figure through the older field
    const { indicatorValue } = await api.data(`{ indicatorValue(indicator: "CASE_CLEARANCE_RATE", clusterNumber: 1, year: 2022) { ... on IndicatorValue { value } } }`);
    expect(indicatorValue.value).toBe(result.value);
  });

  it("is not the mean of the members' own rates", async () => {
    const members = await membersOf(1, 2022);
    const own = await Promise.all(members.map((unit) => metricValue("CASE_CLEARANCE_RATE", { unitCodes: [unit.code] }, { year: 2022 })));
    const cluster = await metricValue("CASE_CLEARANCE_RATE", { clusterNumbers: [1] }, { year: 2022 });
    const mean = own.reduce((sum, row) => sum + row.value, 0) / own.length;
    expect(Math.abs(cluster.value - mean)).toBeGreaterThan(0.05);
    // the parts add up instead
    expect(own.reduce((sum, row) => sum + row.numerator, 0)).toBe(cluster.numerator);
    expect(own.reduce((sum, row) => sum + row.denominator, 0)).toBe(cluster.denominator);
  });
});

describe("scopes", () => {
  it("covers several units, every unit of a subtree, several clusters and all clusters", async () => {
    const HP = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" }, include: { children: { orderBy: { code: "asc" } } } });
    const division = HP.children[0]!;
    // a division reports too: the subtree counts it, the unit alone does not
    await db.prisma.observation.create({
      data: {
        indicator: { connect: { code: "CRIMES_RECORDED" } },
        unit: { connect: { id: division.id } },
        granularity: "MONTH",
        periodStart: new Date(Date.UTC(2023, 4, 1)),
        year: 2023,
        value: 7,
        source: "SYNTHETIC_DEMO",
      },
    });
    const year = { year: 2023 };
    const hp = await sums("CRIMES_RECORDED", { year: 2023, unitId: HP.id });
    expect(await metricValue("CRIMES_RECORDED", { unitCodes: ["CATP-HP"] }, year)).toMatchObject({ value: hp.value, unitCodes: ["CATP-HP"] });
    expect(await metricValue("CRIMES_RECORDED", { unitSubtree: "CATP-HP" }, year)).toMatchObject({
      value: hp.value! + 7,
      observationCount: hp.count + 1,
      unitCodes: ["CATP-HP", division.code],
    });

    const two = await sums("CRIMES_RECORDED", { year: 2023, unit: { code: { in: ["CATP-HP", "CATP-CT"] } } });
    expect(await metricValue("CRIMES_RECORDED", { unitCodes: ["CATP-HP", "CATP-CT"] }, year)).toMatchObject({ value: two.value, unitCount: 2 });

    const clusterIds = [...(await membersOf(1, 2023)), ...(await membersOf(2, 2023))].map((unit) => unit.id);
    const clusters = await sums("CRIMES_RECORDED", { year: 2023, unitId: { in: clusterIds } });
    expect(await metricValue("CRIMES_RECORDED", { clusterNumbers: [1, 2] }, year)).toMatchObject({ value: clusters.value, unitCount: 10 });

    const everyMember = await db.prisma.unit.findMany({
      where: { memberships: { some: { fromYear: { lte: 2023 }, OR: [{ toYear: null }, { toYear: { gte: 2023 } }] } } },
      select: { id: true },
    });
    const all = await sums("CRIMES_RECORDED", { year: 2023, unitId: { in: everyMember.map((unit) => unit.id) } });
    expect(await metricValue("CRIMES_RECORDED", { allClusters: true }, year)).toMatchObject({ value: all.value, unitCount: everyMember.length });
  });

  it("takes a cluster's members of each year: a range over two years follows the change of membership", async () => {
    // cluster 3: Thừa Thiên Huế left after 2021, Quảng Trị joined in 2022
    const span = { from: "2021-01-01", to: "2022-12-31" };
    const result = await metricValue("CRIMES_RECORDED", { clusterNumbers: [3] }, span);
    expect(result.unitCodes).toContain("CAT-TTH");
    expect(result.unitCodes).toContain("CAT-QTR");
    const members2021 = await membersOf(3, 2021);
    const members2022 = await membersOf(3, 2022);
    const expected =
      (await sums("CRIMES_RECORDED", { year: 2021, unitId: { in: members2021.map((unit) => unit.id) } })).value! +
      (await sums("CRIMES_RECORDED", { year: 2022, unitId: { in: members2022.map((unit) => unit.id) } })).value!;
    expect(result.value).toBe(expected);
    expect(result.observationCount).toBe(12 * (members2021.length + members2022.length));
  });
});

describe("aggregation rules other than sums and rates", () => {
  it("LAST adds each member's latest figure (personnel strength at the end of the span)", async () => {
    const members = await membersOf(1, 2022);
    const december = await sums("PERSONNEL_STRENGTH", { periodStart: new Date(Date.UTC(2022, 11, 1)), unitId: { in: members.map((unit) => unit.id) } });
    const june = await sums("PERSONNEL_STRENGTH", { periodStart: new Date(Date.UTC(2022, 5, 1)), unitId: { in: members.map((unit) => unit.id) } });
    expect((await metricValue("PERSONNEL_STRENGTH", { clusterNumbers: [1] }, { year: 2022 })).value).toBe(december.value);
    expect((await metricValue("PERSONNEL_STRENGTH", { clusterNumbers: [1] }, { from: "2022-01-01", to: "2022-06-30" })).value).toBe(june.value);
  });

  it("AVERAGE runs over every observation counted", async () => {
    const members = await membersOf(2, 2022);
    const scores = await sums("PARTY_BUILDING_SCORE", { year: 2022, unitId: { in: members.map((unit) => unit.id) } });
    const result = await metricValue("PARTY_BUILDING_SCORE", { clusterNumbers: [2] }, { year: 2022 });
    expect(result.value).toBeCloseTo(scores.average!, 10);
    expect(result.observationCount).toBe(scores.count);
  });

  it("counts only figures whose whole period lies inside the span", async () => {
    const hp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
    // 15 February – 31 March: February's figure is cut, March's counts
    const march = await sums("CRIMES_RECORDED", { unitId: hp.id, periodStart: new Date(Date.UTC(2022, 2, 1)) });
    const result = await metricValue("CRIMES_RECORDED", { unitCodes: ["CATP-HP"] }, { from: "2022-02-15", to: "2022-03-31" });
    expect(result).toMatchObject({ value: march.value, observationCount: 1 });
  });
});

describe("requests that cannot be answered", () => {
  it("names the unknown indicator, unit or cluster (NotFoundError)", async () => {
    expect(await metricValue("NOPE", { clusterNumbers: [1] }, { year: 2022 })).toEqual({ __typename: "NotFoundError", message: 'No Indicator with key "NOPE"' });
    expect(await metricValue("FIRES", { unitCodes: ["CATP-HP", "NOPE-1"] }, { year: 2022 })).toEqual({ __typename: "NotFoundError", message: 'No Unit with key "NOPE-1"' });
    expect(await metricValue("FIRES", { unitSubtree: "NOPE-2" }, { year: 2022 })).toEqual({ __typename: "NotFoundError", message: 'No Unit with key "NOPE-2"' });
    expect(await metricValue("FIRES", { clusterNumbers: [1, 404] }, { year: 2022 })).toEqual({ __typename: "NotFoundError", message: 'No Cluster with key "404"' });
  });

  it("refuses a scope with no selector or two, and a period that is neither a year nor from–to", async () => {
    for (const scope of [{}, { unitCodes: ["CATP-HP"], clusterNumbers: [1] }, { allClusters: false }, { unitCodes: [] }]) {
      const { errors } = await api.graphql(VALUE, { indicator: "FIRES", scope, period: { year: 2022 } });
      expect(errors?.[0]?.message, JSON.stringify(scope)).toMatch(/exactly one|true|at least one/);
    }
    for (const period of [{}, { year: 2022, from: "2022-01-01", to: "2022-02-01" }, { from: "2022-01-01" }, { from: "2022-03-01", to: "2022-02-01" }]) {
      const { errors } = await api.graphql(VALUE, { indicator: "FIRES", scope: { clusterNumbers: [1] }, period });
      expect(errors?.[0]?.message, JSON.stringify(period)).toMatch(/year, or from and to|from is after to/);
    }
  });
});
