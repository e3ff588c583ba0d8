// metricSeries on the demo data: calendar buckets (empty ones included), group-by combinations checked
// against figures the test computes another way (Prisma groupBy and JavaScript), one SQL statement per
// request, the row limit, and bucketing that no session time zone can move.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryMetrics } from "../src/metrics/aggregate.js";
import { METRIC_ROW_LIMIT } from "../src/metrics/metric-series.js";
import { seededTestDatabase, testApi } from "./support.js";

const statements: string[] = [];
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
  api = testApi(db, { as: "VIEWER" });
});
afterAll(() => db?.dispose());

const SERIES = `query ($indicators: [String!]!, $scope: MetricScope!, $from: Date!, $to: Date!, $bucket: MetricBucket!, $groupBy: [MetricDimension!]!) {
  metricSeries(indicators: $indicators, scope: $scope, from: $from, to: $to, bucket: $bucket, groupBy: $groupBy) {
    __typename
    ... on MetricSeries {
      bucket from to groupBy
      rows { bucket from to indicator { code } category unit { code } cluster { number } value numerator denominator observationCount unitCount }
    }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path code } }
  }
}`;

interface Row {
  bucket: string | null;
  from: string;
  to: string;
  indicator: { code: string } | null;
  category: string | null;
  unit: { code: string } | null;
  cluster: { number: number } | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  unitCount: number;
}

async function series(variables: Record<string, unknown>): Promise<Row[]> {
  const { metricSeries } = await api.data(SERIES, { bucket: "MONTH", groupBy: ["INDICATOR", "BUCKET"], ...variables });
  expect(metricSeries.__typename).toBe("MetricSeries");
  return metricSeries.rows;
}

/** Demo observations (all monthly) with their unit's code and the clusters it belonged to that year, via Prisma. */
async function observations(indicators: string[], years: number[]) {
  const rows = await db.prisma.observation.findMany({
    where: { indicator: { code: { in: indicators } }, year: { in: years } },
    select: {
      periodStart: true,
      year: true,
      value: true,
      numerator: true,
      denominator: true,
      indicator: { select: { code: true, category: true } },
      unit: { select: { code: true, memberships: { select: { fromYear: true, toYear: true, cluster: { select: { number: true } } } } } },
    },
  });
  return rows.map((row) => ({
    ...row,
    month: row.periodStart.toISOString().slice(0, 7),
    quarter: `${row.year}-Q${Math.floor(row.periodStart.getUTCMonth() / 3) + 1}`,
    clusters: row.unit.memberships
      .filter((membership) => membership.fromYear <= row.year && (membership.toYear === null || membership.toYear >= row.year))
      .map((membership) => membership.cluster.number),
  }));
}

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

describe("time buckets", () => {
  it("gives one row per month with the members' sum, every bucket present", async () => {
    const rows = await series({ indicators: ["CRIMES_RECORDED"], scope: { clusterNumbers: [1] }, from: "2022-01-01", to: "2022-12-31" });
    const facts = (await observations(["CRIMES_RECORDED"], [2022])).filter((o) => o.clusters.includes(1));
    expect(rows.map((row) => row.bucket)).toEqual(Array.from({ length: 12 }, (_, index) => `2022-${String(index + 1).padStart(2, "0")}`));
    for (const row of rows) {
      const month = facts.filter((o) => o.month === row.bucket);
      expect(row).toMatchObject({ indicator: { code: "CRIMES_RECORDED" }, value: total(month.map((o) => o.value)), observationCount: 5, unitCount: 5 });
    }
    expect(rows[1]).toMatchObject({ from: "2022-02-01", to: "2022-02-28" });
  });

  it("keeps empty buckets with a null value instead of leaving them out", async () => {
    // the demo runs to December 2024
    const rows = await series({ indicators: ["FIRES"], scope: { unitCodes: ["CATP-DN"] }, from: "2024-10-01", to: "2025-03-31", bucket: "MONTH" });
    expect(rows.map((row) => [row.bucket, row.value === null, row.observationCount])).toEqual([
      ["2024-10", false, 1],
      ["2024-11", false, 1],
      ["2024-12", false, 1],
      ["2025-01", true, 0],
      ["2025-02", true, 0],
      ["2025-03", true, 0],
    ]);
    const years = await series({ indicators: ["FIRES"], scope: { unitCodes: ["CATP-DN"] }, from: "2018-01-01", to: "2021-12-31", bucket: "YEAR" });
    expect(years.map((row) => [row.bucket, row.observationCount])).toEqual([
      ["2018", 0],
      ["2019", 0],
      ["2020", 12],
      ["2021", 12],
    ]);
  });

  it("cuts quarters and clips the first and last buckets to the range", async () => {
    const rows = await series({ indicators: ["TRAFFIC_DEATHS"], scope: { clusterNumbers: [2] }, from: "2023-02-15", to: "2023-12-31", bucket: "QUARTER" });
    const facts = (await observations(["TRAFFIC_DEATHS"], [2023])).filter((o) => o.clusters.includes(2));
    expect(rows.map((row) => [row.bucket, row.from, row.to])).toEqual([
      ["2023-Q1", "2023-02-15", "2023-03-31"],
      ["2023-Q2", "2023-04-01", "2023-06-30"],
      ["2023-Q3", "2023-07-01", "2023-09-30"],
      ["2023-Q4", "2023-10-01", "2023-12-31"],
    ]);
    // Q1 holds March only: February's figures begin before the range
    expect(rows[0]!.value).toBe(total(facts.filter((o) => o.month === "2023-03").map((o) => o.value)));
    for (const row of rows.slice(1)) expect(row.value).toBe(total(facts.filter((o) => o.quarter === row.bucket).map((o) => o.value)));
  });
});

describe("group by", () => {
  it("UNIT × BUCKET: each member's months", async () => {
    const rows = await series({ indicators: ["DRUG_CASES_DETECTED"], scope: { clusterNumbers: [4] }, from: "2021-01-01", to: "2021-06-30", groupBy: ["UNIT", "BUCKET"] });
    const facts = (await observations(["DRUG_CASES_DETECTED"], [2021])).filter((o) => o.clusters.includes(4) && o.month <= "2021-06");
    expect(rows).toHaveLength(facts.length);
    for (const o of facts) {
      expect(rows.find((row) => row.unit?.code === o.unit.code && row.bucket === o.month)).toMatchObject({ value: o.value, observationCount: 1, indicator: null });
    }
  });

  it("CLUSTER × CATEGORY × BUCKET: counts of several indicators summed per category, members of the bucket's year", async () => {
    const indicators = ["TRAFFIC_ACCIDENTS", "TRAFFIC_DEATHS", "FIRES"];
    const rows = await series({ indicators, scope: { allClusters: true }, from: "2021-01-01", to: "2022-12-31", bucket: "YEAR", groupBy: ["CLUSTER", "CATEGORY", "BUCKET"] });
    const facts = await observations(indicators, [2021, 2022]);
    // 4 clusters × 2 categories × 2 years
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      const expected = facts.filter((o) => String(o.year) === row.bucket && o.indicator.category === row.category && o.clusters.includes(row.cluster!.number));
      expect(row.value, `${row.bucket} ${row.category} ${row.cluster!.number}`).toBe(total(expected.map((o) => o.value)));
      expect(row.observationCount).toBe(expected.length);
      expect(row.indicator).toBeNull();
    }
    // cluster 3 changed members between the two years
    const cluster3 = rows.filter((row) => row.cluster!.number === 3 && row.category === "FIRE_PREVENTION");
    expect(cluster3.map((row) => row.unitCount)).toEqual([5, 5]);
  });

  it("the same rate over a group of units is the ratio of their sums, never the mean of their rates", async () => {
    const scope = { allClusters: true };
    const range = { from: "2022-01-01", to: "2022-12-31", bucket: "QUARTER" };
    const byCluster = await series({ indicators: ["CASE_CLEARANCE_RATE"], scope, ...range, groupBy: ["CLUSTER", "BUCKET"] });
    const byUnit = await series({ indicators: ["CASE_CLEARANCE_RATE"], scope, ...range, groupBy: ["CLUSTER", "UNIT", "BUCKET"] });
    expect(byCluster).toHaveLength(16);
    let differsFromMean = 0;
    for (const group of byCluster) {
      const parts = byUnit.filter((row) => row.cluster!.number === group.cluster!.number && row.bucket === group.bucket);
      const numerator = total(parts.map((row) => row.numerator!));
      const denominator = total(parts.map((row) => row.denominator!));
      expect(group).toMatchObject({ numerator, denominator });
      expect(group.value).toBeCloseTo((100 * numerator) / denominator, 10);
      const mean = total(parts.map((row) => row.value!)) / parts.length;
      if (Math.abs(mean - group.value!) > 1e-6) differsFromMean++;
    }
    expect(differsFromMean).toBeGreaterThan(byCluster.length / 2);
  });

  it("UNIT × INDICATOR without buckets: one row per unit and indicator over the range", async () => {
    const indicators = ["WANTED_ARRESTED", "ECONOMIC_CRIME_CASES"];
    const rows = await series({ indicators, scope: { unitCodes: ["CATP-HN", "CATP-HCM"] }, from: "2020-01-01", to: "2024-12-31", groupBy: ["UNIT", "INDICATOR"] });
    const facts = await observations(indicators, [2020, 2021, 2022, 2023, 2024]);
    expect(rows.map((row) => `${row.indicator!.code} ${row.unit!.code}`)).toEqual([
      "ECONOMIC_CRIME_CASES CATP-HCM",
      "ECONOMIC_CRIME_CASES CATP-HN",
      "WANTED_ARRESTED CATP-HCM",
      "WANTED_ARRESTED CATP-HN",
    ]);
    for (const row of rows) {
      const expected = facts.filter((o) => o.unit.code === row.unit!.code && o.indicator.code === row.indicator!.code);
      expect(row).toMatchObject({ bucket: null, from: "2020-01-01", to: "2024-12-31", value: total(expected.map((o) => o.value)), observationCount: 60 });
    }
  });

  it("refuses to add up indicators of different measures or rules", async () => {
    const { metricSeries } = await api.data(SERIES, {
      indicators: ["TRAFFIC_ACCIDENTS", "TRAFFIC_FINES"],
      scope: { clusterNumbers: [1] },
      from: "2022-01-01",
      to: "2022-12-31",
      bucket: "YEAR",
      groupBy: ["CATEGORY", "BUCKET"],
    });
    expect(metricSeries).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["groupBy"], code: "indicatorsNotCombinable" }] });
    expect(metricSeries.message).toMatch(/TRAFFIC_FINES \(MONEY, SUM\)/);
  });

  it("refuses a range that ends before it starts", async () => {
    const { metricSeries } = await api.data(SERIES, { indicators: ["FIRES"], scope: { clusterNumbers: [1] }, from: "2022-03-01", to: "2022-02-28", bucket: "MONTH", groupBy: ["BUCKET"] });
    expect(metricSeries).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["to"], code: "rangeReversed" }] });
  });

  it("refuses more rows than the limit, saying which limit", async () => {
    const codes = (await db.prisma.indicator.findMany({ select: { code: true } })).map((indicator) => indicator.code);
    const { errors } = await api.graphql(SERIES, {
      indicators: codes,
      scope: { allClusters: true },
      from: "2020-01-01",
      to: "2024-12-31",
      bucket: "MONTH",
      groupBy: ["UNIT", "INDICATOR", "BUCKET"],
    });
    expect(errors?.[0]?.message).toMatch(`more than ${METRIC_ROW_LIMIT} rows`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "METRIC_ROW_LIMIT", limit: METRIC_ROW_LIMIT });
  });
});

describe("one SQL statement per request", () => {
  /** Statements of a request beyond those any signed-in request makes (the session lookup). */
  async function statementsFor(query: string, variables?: Record<string, unknown>) {
    await api.data("{ __typename }");
    statements.length = 0;
    await api.data("{ __typename }");
    const baseline = statements.length;
    statements.length = 0;
    const data = await api.data(query, variables);
    return { count: statements.length - baseline, data };
  }

  it("holds for a series grouped every way, whatever the number of rows", async () => {
    const query = `query ($scope: MetricScope!, $to: Date!) { metricSeries(indicators: ["FIRES", "TRAFFIC_DEATHS"], scope: $scope, from: "2020-01-01", to: $to, bucket: MONTH, groupBy: [UNIT, CLUSTER, CATEGORY, INDICATOR, BUCKET]) {
      ... on MetricSeries { rows { bucket indicator { code name } unit { code name } cluster { number name } value } } } }`;
    const small = await statementsFor(query, { scope: { unitCodes: ["CATP-HP"] }, to: "2020-01-31" });
    const large = await statementsFor(query, { scope: { allClusters: true }, to: "2024-12-31" });
    expect(small.data.metricSeries.rows).toHaveLength(2);
    expect(large.data.metricSeries.rows.length).toBeGreaterThan(2000);
    expect([small.count, large.count]).toEqual([1, 1]);
  });

  it("holds for a value, a comparison, a scoreboard and a completeness report", async () => {
    const requests = [
      `{ metricValue(indicator: "CASE_CLEARANCE_RATE", scope: { clusterNumbers: [1] }, period: { year: 2022 }) { ... on MetricValue { value unitCodes } } }`,
      `{ metricComparison(indicator: "FIRES", scope: { allClusters: true }, mode: YEAR_TO_DATE_VS_PRIOR_YEAR, asOf: "2023-06-30") { ... on MetricComparison { current { value } base { value } percentChange } } }`,
      `{ clusterScoreboard(clusterNumber: 1, year: 2022) { ... on ClusterScoreboard { cluster { name } members { code } entries { unit { code name } indicator { code } rank target targetMet percentChange } } } }`,
      `{ reportingCompleteness(clusterNumber: 3, period: { year: 2022 }) { ... on ReportingCompleteness { ratio units { unit { code } ratio } gaps { unit { code } indicator { code } missing } } } }`,
    ];
    for (const request of requests) expect((await statementsFor(request)).count, request).toBe(1);
  });
});

it("is independent of the database session's time zone", async () => {
  const query = {
    indicatorCodes: ["TRAFFIC_ACCIDENTS"],
    scope: { clusterNumbers: [2] },
    periods: { series: { from: new Date(Date.UTC(2022, 0, 1)), to: new Date(Date.UTC(2022, 11, 31)), bucket: "MONTH" as const } },
    groupBy: new Set(["BUCKET"] as const),
    rowLimit: 100,
  };
  const utc = await queryMetrics(db.prisma, query);
  // one connection for the transaction, whatever the database: its zone is 14 hours east of UTC
  const kiritimati = await db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL TIME ZONE 'Pacific/Kiritimati'`;
    return queryMetrics(tx, query);
  });
  expect(kiritimati.rows).toEqual(utc.rows);
  expect(utc.rows[0]).toMatchObject({ bucketStart: new Date(Date.UTC(2022, 0, 1)), observationCount: 5 });
});

it("is an aggregate: every role may read it, an anonymous caller may not", async () => {
  const anonymous = testApi(db, { as: null });
  const { errors } = await anonymous.graphql(`{ metricValue(indicator: "FIRES", scope: { clusterNumbers: [1] }, period: { year: 2022 }) { __typename } }`);
  expect(errors?.length).toBeGreaterThan(0);
  for (const as of ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"] as const) {
    const { metricValue } = await testApi(db, { as }).data(`{ metricValue(indicator: "FIRES", scope: { clusterNumbers: [1] }, period: { year: 2022 }) { __typename } }`);
    expect(metricValue.__typename).toBe("MetricValue");
  }
});
