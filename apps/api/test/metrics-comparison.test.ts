// Period comparison on hand-checked numbers (the tables are in metrics-fixture.ts).
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetricsFixture, FIXTURE_CLUSTER } from "./metrics-fixture.js";
import { testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await createMetricsFixture();
  api = testApi(db, { as: "VIEWER" });
});
afterAll(() => db?.dispose());

const COMPARISON = `query ($indicator: String!, $scope: MetricScope!, $mode: ComparisonMode!, $asOf: Date, $period: MetricPeriod, $baselineYear: Int) {
  metricComparison(indicator: $indicator, scope: $scope, mode: $mode, asOf: $asOf, period: $period, baselineYear: $baselineYear) {
    __typename
    ... on MetricComparison {
      mode
      current { from to value numerator denominator observationCount unitCodes }
      base { from to value numerator denominator observationCount unitCodes }
      absoluteChange percentChange smallNumbers betterOrWorse
    }
    ... on Error { message }
  }
}`;

async function compare(variables: Record<string, unknown>) {
  const { metricComparison } = await api.data(COMPARISON, variables);
  expect(metricComparison.__typename).toBe("MetricComparison");
  return metricComparison;
}

const cluster = { clusterNumbers: [FIXTURE_CLUSTER] };

describe("year to date against the same span of the prior year", () => {
  it("compares each year's members on whole months up to asOf (a count, lower is better)", async () => {
    const result = await compare({ indicator: "F_CASES", scope: cluster, mode: "YEAR_TO_DATE_VS_PRIOR_YEAR", asOf: "2023-03-31" });
    // 2023 members U1–U4, Jan–Mar 2023: U1 5+15+25 = 45, U2 2+2+2 = 6, U3 1+1 = 2, U4 8 → 61 from 8+3… observations
    expect(result.current).toMatchObject({ from: "2023-01-01", to: "2023-03-31", value: 61, unitCodes: ["F-U1", "F-U2", "F-U3", "F-U4"] });
    // 3 (U1) + 3 (U2) + 2 (U3) + 1 (U4) observations
    expect(result.current.observationCount).toBe(9);
    // 2022 members U1, U2, U3, U5, Jan–Mar 2022: U1 10+20+30 = 60, U2 4+4+4 = 12, U5 100 → 172 (U4 was no member)
    expect(result.base).toMatchObject({ from: "2022-01-01", to: "2022-03-31", value: 172, unitCodes: ["F-U1", "F-U2", "F-U5"] });
    // 61 − 172 = −111; −111 / 172 = −64.53…%; fewer cases is better
    expect(result.absoluteChange).toBe(-111);
    expect(result.percentChange).toBeCloseTo((-111 / 172) * 100, 10);
    expect(result.smallNumbers).toBe(false);
    expect(result.betterOrWorse).toBe("BETTER");
  });

  it("leaves out a month not yet over (asOf in mid-March counts January and February)", async () => {
    const result = await compare({ indicator: "F_CASES", scope: cluster, mode: "YEAR_TO_DATE_VS_PRIOR_YEAR", asOf: "2023-03-15" });
    // 2023: U1 5+15, U2 2+2, U3 1, U4 8 = 33; 2022: U1 10+20, U2 4+4, U5 100 = 138
    expect(result.current.value).toBe(33);
    expect(result.base).toMatchObject({ from: "2022-01-01", to: "2022-03-15", value: 138 });
    expect(result.absoluteChange).toBe(33 - 138);
  });
});

describe("a period against the previous one", () => {
  it("takes the quarter before a quarter", async () => {
    const result = await compare({
      indicator: "F_CASES",
      scope: cluster,
      mode: "PERIOD_VS_PREVIOUS_PERIOD",
      period: { from: "2023-04-01", to: "2023-06-30" },
    });
    // Q2 2023: only April reported: U1 35 + U2 2 = 37; Q1 2023: 61 (as above)
    expect(result.current).toMatchObject({ from: "2023-04-01", to: "2023-06-30", value: 37 });
    expect(result.base).toMatchObject({ from: "2023-01-01", to: "2023-03-31", value: 61 });
    // 37 − 61 = −24; −24 / 61 = −39.34…%
    expect(result.absoluteChange).toBe(-24);
    expect(result.percentChange).toBeCloseTo((-24 / 61) * 100, 10);
    expect(result.betterOrWorse).toBe("BETTER");
  });

  it("flags a count whose base is below the indicator's threshold and gives no percentage", async () => {
    const result = await compare({
      indicator: "F_CASES",
      scope: { unitCodes: ["F-U2"] },
      mode: "PERIOD_VS_PREVIOUS_PERIOD",
      period: { from: "2023-04-01", to: "2023-04-30" },
    });
    // April 2 against March 2: base 2 < smallNumberThreshold 10
    expect(result.base).toMatchObject({ from: "2023-03-01", to: "2023-03-31", value: 2 });
    expect(result).toMatchObject({ absoluteChange: 0, percentChange: null, smallNumbers: true, betterOrWorse: "UNCHANGED" });
  });

  it("takes as many days before a range of days", async () => {
    const result = await compare({
      indicator: "F_CASES",
      scope: cluster,
      mode: "PERIOD_VS_PREVIOUS_PERIOD",
      period: { from: "2023-01-10", to: "2023-03-31" },
    });
    // 81 days: 2022-10-21 … 2023-01-09; only February and March 2023 fit in the current span
    expect(result.base).toMatchObject({ from: "2022-10-21", to: "2023-01-09", value: null, observationCount: 0 });
    expect(result.current.value).toBe(15 + 25 + 2 + 2 + 1);
    expect(result).toMatchObject({ absoluteChange: null, percentChange: null, smallNumbers: false, betterOrWorse: null });
  });
});

describe("against a baseline year", () => {
  it("compares rates as ratios of sums and their cases (higher is better)", async () => {
    const result = await compare({
      indicator: "F_RATE",
      scope: { unitCodes: ["F-U1", "F-U2"] },
      mode: "VS_BASELINE_YEAR",
      period: { from: "2023-01-01", to: "2023-02-28" },
      baselineYear: 2022,
    });
    // 2023: (18 + 27 + 3) / (20 + 30 + 3) = 48 / 53 = 90.57 %  (the mean of U1's 90 % and U2's 100 % would be 95 %)
    expect(result.current).toMatchObject({ numerator: 48, denominator: 53 });
    expect(result.current.value).toBeCloseTo((100 * 48) / 53, 10);
    // 2022: (8 + 9 + 1) / (10 + 10 + 2) = 18 / 22 = 81.82 %
    expect(result.base).toMatchObject({ from: "2022-01-01", to: "2022-02-28", numerator: 18, denominator: 22 });
    // +8.75 points, +10.69 %; both denominators (53, 22) ≥ 20
    const [current, base] = [(100 * 48) / 53, (100 * 18) / 22];
    expect(result.absoluteChange).toBeCloseTo(current - base, 10);
    expect(result.percentChange).toBeCloseTo((100 * (current - base)) / base, 10);
    expect(result.smallNumbers).toBe(false);
    expect(result.betterOrWorse).toBe("BETTER");
  });

  it("flags a rate over too few cases", async () => {
    const result = await compare({ indicator: "F_RATE", scope: { unitCodes: ["F-U2"] }, mode: "VS_BASELINE_YEAR", period: { year: 2023 }, baselineYear: 2022 });
    // 3/3 = 100 % against 1/2 = 50 %: denominators 3 and 2 < 20
    expect(result).toMatchObject({ absoluteChange: 50, percentChange: null, smallNumbers: true, betterOrWorse: "BETTER" });
  });

  it("has no change where the baseline has no value", async () => {
    const result = await compare({ indicator: "F_CASES", scope: { unitCodes: ["F-U3"] }, mode: "VS_BASELINE_YEAR", period: { year: 2023 }, baselineYear: 2022 });
    expect(result.current.value).toBe(2);
    expect(result).toMatchObject({ base: { value: null, observationCount: 0 }, absoluteChange: null, percentChange: null, betterOrWorse: null });
  });
});

describe("arguments", () => {
  it("defaults asOf to today in Asia/Ho_Chi_Minh", async () => {
    const result = await compare({ indicator: "F_CASES", scope: cluster, mode: "YEAR_TO_DATE_VS_PRIOR_YEAR" });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    expect(result.current.to).toBe(today);
    expect(result.current.from).toBe(`${today.slice(0, 4)}-01-01`);
  });

  it("refuses a mode without the span it compares", async () => {
    const { errors } = await api.graphql(COMPARISON, { indicator: "F_CASES", scope: cluster, mode: "VS_BASELINE_YEAR", period: { year: 2023 } });
    expect(errors?.[0]?.message).toMatch(/baselineYear/);
    const missingPeriod = await api.graphql(COMPARISON, { indicator: "F_CASES", scope: cluster, mode: "PERIOD_VS_PREVIOUS_PERIOD" });
    expect(missingPeriod.errors?.[0]?.message).toMatch(/period/);
  });

  it("answers an unknown indicator with NotFoundError", async () => {
    const { metricComparison } = await api.data(COMPARISON, { indicator: "NOPE", scope: cluster, mode: "YEAR_TO_DATE_VS_PRIOR_YEAR", asOf: "2023-03-31" });
    expect(metricComparison).toEqual({ __typename: "NotFoundError", message: 'No Indicator with key "NOPE"' });
  });
});
