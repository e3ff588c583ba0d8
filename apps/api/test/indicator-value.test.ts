// The aggregation rules of src/metrics/indicator-value.ts on a small database whose every number is
// known: which observations count (members of that year, finest granularity per unit, that year
// only) and how each rule combines them.
import type { Aggregation } from "@thidua/db/prisma-enums";
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "../src/env.js";
import { computeIndicatorValue } from "../src/metrics/indicator-value.js";
import { testApi } from "./support.js";

const YEAR = 2023;
const CLUSTER = 77;
const month = (m: number, year = YEAR) => new Date(Date.UTC(year, m - 1, 1));

// A reports every month; B three months and a yearly figure (ignored: it has months); C only a
// yearly figure; D is no member in YEAR; E is a member with nothing reported.
const A = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, value: i + 1, numerator: 9, denominator: 10 }));
const B = [1, 2, 3].map((m) => ({ month: m, value: 100 + m, numerator: 30, denominator: 100 }));
const C = { value: 40, numerator: 400, denominator: 1000 };
const REPORTED_RATE = 42.1;
const AGGREGATIONS: Aggregation[] = ["SUM", "RATIO_OF_SUMS", "AVERAGE", "MAX", "MIN", "LAST"];

let db: TestDatabase;
let ids: { indicators: Map<Aggregation, number>; cluster: number; units: Record<"A" | "B" | "C" | "D" | "E", number> };

beforeAll(async () => {
  db = await createTestDatabase({ url: env.DATABASE_URL });
  const { prisma } = db;
  const source = "SYNTHETIC_DEMO" as const;
  const units = Object.fromEntries(
    await Promise.all(
      (["A", "B", "C", "D", "E"] as const).map(async (name) => {
        const row = await prisma.unit.create({
          data: { code: `T-${name}`, name: `Đơn vị ${name}`, nameEn: `Unit ${name}`, kind: "CITY_POLICE", searchKey: name.toLowerCase(), source },
        });
        return [name, row.id] as const;
      }),
    ),
  ) as Record<"A" | "B" | "C" | "D" | "E", number>;
  const cluster = await prisma.cluster.create({ data: { number: CLUSTER, name: "Cụm thử", nameEn: "Test cluster", searchKey: "cum thu", source } });
  await prisma.clusterMembership.createMany({
    data: [
      { unitId: units.A, fromYear: 2020, toYear: null },
      { unitId: units.B, fromYear: YEAR, toYear: YEAR },
      { unitId: units.C, fromYear: 2021, toYear: 2024 },
      { unitId: units.D, fromYear: 2020, toYear: YEAR - 1 },
      { unitId: units.E, fromYear: YEAR, toYear: null },
    ].map((membership) => ({ ...membership, clusterId: cluster.id, source })),
  });
  const indicators = new Map<Aggregation, number>();
  for (const aggregation of AGGREGATIONS) {
    const row = await prisma.indicator.create({
      data: {
        code: `T_${aggregation}`,
        name: aggregation,
        nameEn: aggregation,
        category: "CRIME",
        measure: aggregation === "RATIO_OF_SUMS" ? "PERCENT" : "COUNT",
        direction: "HIGHER_IS_BETTER",
        aggregation,
        source,
      },
    });
    indicators.set(aggregation, row.id);
    const observation = (unitId: number, granularity: "MONTH" | "YEAR", periodStart: Date, o: { value: number; numerator: number; denominator: number }) => ({
      indicatorId: row.id,
      unitId,
      granularity,
      periodStart,
      year: periodStart.getUTCFullYear(),
      value: o.value,
      numerator: o.numerator,
      denominator: o.denominator,
      source,
    });
    await prisma.observation.createMany({
      data: [
        ...A.map((o) => observation(units.A, "MONTH", month(o.month), o)),
        observation(units.A, "MONTH", month(12, YEAR - 1), { value: 500, numerator: 1, denominator: 1 }),
        ...B.map((o) => observation(units.B, "MONTH", month(o.month), o)),
        observation(units.B, "YEAR", month(1), { value: 1000, numerator: 1, denominator: 1 }),
        observation(units.C, "YEAR", month(1), C),
        observation(units.D, "MONTH", month(6), { value: 9999, numerator: 1, denominator: 1 }),
      ],
    });
  }
  await prisma.clusterObservation.create({
    data: {
      clusterId: cluster.id,
      indicatorId: indicators.get("RATIO_OF_SUMS")!,
      granularity: "YEAR",
      periodStart: month(1),
      year: YEAR,
      value: REPORTED_RATE,
      source,
    },
  });
  ids = { indicators, cluster: cluster.id, units };
});
afterAll(() => db?.dispose());

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const used = [...A, ...B, C];

describe("over a cluster's members of the year", () => {
  const value = (aggregation: Aggregation) =>
    computeIndicatorValue(db.prisma, { indicatorId: ids.indicators.get(aggregation)!, year: YEAR, scope: { clusterId: ids.cluster } });

  it("uses each member's months, else its yearly figure, and nothing of other years or units", async () => {
    const result = await value("SUM");
    expect(result.observationCount).toBe(used.length);
    expect(result.unitCount).toBe(3);
    expect(result.numerator).toBe(sum(used.map((o) => o.numerator)));
    expect(result.denominator).toBe(sum(used.map((o) => o.denominator)));
  });

  it("SUM adds the values", async () => {
    expect((await value("SUM")).value).toBe(sum(used.map((o) => o.value)));
  });

  it("RATIO_OF_SUMS is 100 × Σnumerator / Σdenominator, not the mean of the members' rates", async () => {
    const result = await value("RATIO_OF_SUMS");
    const ratioOfSums = (100 * sum(used.map((o) => o.numerator))) / sum(used.map((o) => o.denominator));
    const rate = (parts: Array<{ numerator: number; denominator: number }>) =>
      (100 * sum(parts.map((o) => o.numerator))) / sum(parts.map((o) => o.denominator));
    const meanOfRates = (rate(A) + rate(B) + rate([C])) / 3;
    expect(result.value).toBeCloseTo(ratioOfSums, 10);
    expect(result.value).not.toBeCloseTo(meanOfRates, 1);
    expect(result.reportedValue).toBe(REPORTED_RATE);
  });

  it("AVERAGE, MAX and MIN run over every observation used", async () => {
    const values = used.map((o) => o.value);
    expect((await value("AVERAGE")).value).toBeCloseTo(sum(values) / values.length, 10);
    expect((await value("MAX")).value).toBe(Math.max(...values));
    expect((await value("MIN")).value).toBe(Math.min(...values));
  });

  it("LAST adds up each member's latest value", async () => {
    expect((await value("LAST")).value).toBe(A.at(-1)!.value + B.at(-1)!.value + C.value);
  });

  it("has no published figure where none was reported", async () => {
    expect((await value("SUM")).reportedValue).toBeNull();
  });
});

describe("over one unit", () => {
  it("uses that unit's observations only and never a cluster's published figure", async () => {
    const result = await computeIndicatorValue(db.prisma, {
      indicatorId: ids.indicators.get("RATIO_OF_SUMS")!,
      year: YEAR,
      scope: { unitId: ids.units.A },
    });
    expect(result).toEqual({
      value: (100 * sum(A.map((o) => o.numerator))) / sum(A.map((o) => o.denominator)),
      numerator: sum(A.map((o) => o.numerator)),
      denominator: sum(A.map((o) => o.denominator)),
      observationCount: A.length,
      unitCount: 1,
      reportedValue: null,
    });
  });

  it("is null, from no observations, for a unit that reported nothing", async () => {
    const result = await computeIndicatorValue(db.prisma, { indicatorId: ids.indicators.get("SUM")!, year: YEAR, scope: { unitId: ids.units.E } });
    expect(result).toEqual({ value: null, numerator: null, denominator: null, observationCount: 0, unitCount: 0, reportedValue: null });
  });

  it("reads the same through GraphQL", async () => {
    const { data } = testApi(db);
    const { indicatorValue } = await data(
      `{ indicatorValue(indicator: "T_SUM", unitCode: "T-B", year: ${YEAR}) { ... on IndicatorValue { value observationCount unitCount year indicator { code } } } }`,
    );
    expect(indicatorValue).toEqual({ value: sum(B.map((o) => o.value)), observationCount: B.length, unitCount: 1, year: YEAR, indicator: { code: "T_SUM" } });
  });
});
