// Reporting completeness on the fixture's known holes (tables in metrics-fixture.ts).
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createMetricsFixture, FIXTURE_CLUSTER } from "./metrics-fixture.js";
import { testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await createMetricsFixture();
  api = testApi(db, { as: "VIEWER" });
});
afterAll(() => db?.dispose());

const COMPLETENESS = `query ($cluster: Int!, $period: MetricPeriod!, $granularity: MetricBucket!, $indicators: [String!]) {
  reportingCompleteness(clusterNumber: $cluster, period: $period, granularity: $granularity, indicators: $indicators) {
    __typename
    ... on ReportingCompleteness {
      periods expected reported ratio
      units { unit { code } expected reported ratio }
      gaps { unit { code } indicator { code } missing }
    }
    ... on Error { message }
  }
}`;

const completeness = async (variables: Record<string, unknown>) =>
  (await api.data(COMPLETENESS, { cluster: FIXTURE_CLUSTER, indicators: ["F_CASES", "F_RATE"], ...variables })).reportingCompleteness;

it("names each member's missing months per indicator, and the share reported", async () => {
  const report = await completeness({ period: { from: "2023-01-01", to: "2023-04-30" }, granularity: "MONTH" });
  expect(report.periods).toEqual(["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]);
  // 4 members × 2 indicators × 4 months = 32 expected. Reported: F_CASES U1 4, U2 4, U3 2, U4 1;
  // F_RATE U1 2, U2 1, U3 0 (its quarterly figure covers no single month), U4 0 → 14
  expect(report).toMatchObject({ expected: 32, reported: 14, ratio: 14 / 32 });
  expect(report.units).toEqual([
    { unit: { code: "F-U1" }, expected: 8, reported: 6, ratio: 6 / 8 },
    { unit: { code: "F-U2" }, expected: 8, reported: 5, ratio: 5 / 8 },
    { unit: { code: "F-U3" }, expected: 8, reported: 2, ratio: 2 / 8 },
    { unit: { code: "F-U4" }, expected: 8, reported: 1, ratio: 1 / 8 },
  ]);
  expect(report.gaps).toEqual([
    { unit: { code: "F-U1" }, indicator: { code: "F_RATE" }, missing: ["2023-03-01", "2023-04-01"] },
    { unit: { code: "F-U2" }, indicator: { code: "F_RATE" }, missing: ["2023-02-01", "2023-03-01", "2023-04-01"] },
    { unit: { code: "F-U3" }, indicator: { code: "F_CASES" }, missing: ["2023-02-01", "2023-04-01"] },
    { unit: { code: "F-U3" }, indicator: { code: "F_RATE" }, missing: ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"] },
    { unit: { code: "F-U4" }, indicator: { code: "F_CASES" }, missing: ["2023-02-01", "2023-03-01", "2023-04-01"] },
    { unit: { code: "F-U4" }, indicator: { code: "F_RATE" }, missing: ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"] },
  ]);
});

it("counts a quarter as reported by its quarterly figure or by all three of its months", async () => {
  const report = await completeness({ period: { from: "2023-01-01", to: "2023-03-31" }, granularity: "QUARTER" });
  // F_CASES: U1 and U2 have Jan–Mar, U3 misses February, U4 has January only;
  // F_RATE: U3's quarterly figure covers Q1, U1 misses March, U2 has January only, U4 nothing → 3 of 8
  expect(report).toMatchObject({ periods: ["2023-01-01"], expected: 8, reported: 3 });
  expect(report.gaps.map((gap: { unit: { code: string }; indicator: { code: string } }) => `${gap.unit.code} ${gap.indicator.code}`)).toEqual([
    "F-U1 F_RATE",
    "F-U2 F_RATE",
    "F-U3 F_CASES",
    "F-U4 F_CASES",
    "F-U4 F_RATE",
  ]);
});

it("expects a unit only in the years it is a member, and only whole periods inside the range", async () => {
  // December 2022: members U1, U2, U3, U5 — nobody reported; January 2023: U1–U4. 2023-01-31 ends January.
  const report = await completeness({ period: { from: "2022-11-15", to: "2023-01-31" }, granularity: "MONTH", indicators: ["F_CASES"] });
  expect(report.periods).toEqual(["2022-12-01", "2023-01-01"]);
  // 4 + 4 cells; January: U1, U2, U3, U4 reported → 4 of 8
  expect(report).toMatchObject({ expected: 8, reported: 4 });
  expect(report.units.map((row: { unit: { code: string }; expected: number }) => [row.unit.code, row.expected])).toEqual([
    ["F-U1", 2],
    ["F-U2", 2],
    ["F-U3", 2],
    ["F-U4", 1],
    ["F-U5", 1],
  ]);
});

it("answers an unknown indicator with NotFoundError", async () => {
  const report = await completeness({ period: { year: 2023 }, granularity: "MONTH", indicators: ["NOPE"] });
  expect(report).toEqual({ __typename: "NotFoundError", message: 'No Indicator with key "NOPE"' });
});
