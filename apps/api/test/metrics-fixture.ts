// A tiny database whose every metric can be worked out by hand: cluster 90 with four members in 2023
// (U1–U4) and a different set in 2022 (U1, U2, U3, U5), two indicators of opposite directions, a
// few monthly figures, one quarterly figure, and pledges. The tests' expected numbers are computed
// from the tables below, in comments beside each assertion.
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { env } from "../src/env.js";

export const FIXTURE_CLUSTER = 90;
const SOURCE = "SYNTHETIC_DEMO" as const;

/** Membership years, both included (null: still a member). */
export const members = {
  U1: [2020, null],
  U2: [2020, null],
  U3: [2022, null],
  U4: [2023, null],
  U5: [2020, 2022],
} as const;
type UnitName = keyof typeof members;

/**
 * F_CASES: cases recorded, a COUNT summed, LOWER_IS_BETTER, smallNumberThreshold 10 — by month.
 *
 *        2022: Jan Feb Mar Apr | total   2023: Jan Feb Mar Apr | total
 *   U1         10  20  30  40  | 100           5  15  25  35  | 80
 *   U2          4   4   4   –  | 12            2   2   2   2  | 8
 *   U3          –   –   –   –  | –             1   –   1   –  | 2
 *   U4          5   –   –   –  | 5 (no member) 8   –   –   –  | 8
 *   U5        100   –   –   –  | 100          50   –   –   –  | 50 (no member)
 */
export const cases: Record<UnitName, Record<number, readonly (number | null)[]>> = {
  U1: { 2022: [10, 20, 30, 40], 2023: [5, 15, 25, 35] },
  U2: { 2022: [4, 4, 4, null], 2023: [2, 2, 2, 2] },
  U3: { 2022: [], 2023: [1, null, 1, null] },
  U4: { 2022: [5], 2023: [8] },
  U5: { 2022: [100], 2023: [50] },
};

/**
 * F_RATE: a clearance rate, PERCENT as RATIO_OF_SUMS, HIGHER_IS_BETTER, smallNumberThreshold 20 —
 * numerator/denominator by month, and U3's one quarterly figure for Q1 2023.
 *
 *        2022: Jan    Feb        2023: Jan    Feb    | 2023 total
 *   U1         8/10   9/10             18/20  27/30  | 45/50 = 90 %
 *   U2         1/2    –                3/3    –      | 3/3 = 100 %
 *   U3         –      –                Q1: 9/10      | 9/10 = 90 %
 *   U4         –      –                –      –      | –
 */
export const rates: Record<UnitName, Record<number, readonly ([number, number] | null)[]>> = {
  U1: { 2022: [[8, 10], [9, 10]], 2023: [[18, 20], [27, 30]] },
  U2: { 2022: [[1, 2]], 2023: [[3, 3]] },
  U3: { 2022: [], 2023: [] },
  U4: { 2022: [], 2023: [] },
  U5: { 2022: [], 2023: [] },
};
export const U3_QUARTER_RATE: [number, number] = [9, 10];

/** Pledges for 2023 (movement F_MOV): F_CASES is LOWER_IS_BETTER, F_RATE HIGHER_IS_BETTER. */
export const pledges: Array<{ unit: UnitName; indicator: "F_CASES" | "F_RATE"; target: number }> = [
  { unit: "U1", indicator: "F_CASES", target: 90 }, // 80 ≤ 90: met
  { unit: "U2", indicator: "F_CASES", target: 5 }, // 8 > 5: not met
  { unit: "U1", indicator: "F_RATE", target: 95 }, // 90 < 95: not met
  { unit: "U2", indicator: "F_RATE", target: 95 }, // 100 ≥ 95: met
];

const month = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

export async function createMetricsFixture(): Promise<TestDatabase> {
  const db = await createTestDatabase({ url: env.DATABASE_URL });
  const { prisma } = db;
  const names = Object.keys(members) as UnitName[];
  const units = new Map<UnitName, number>();
  for (const name of names) {
    const unit = await prisma.unit.create({
      data: { code: `F-${name}`, name: `Đơn vị ${name}`, nameEn: `Unit ${name}`, kind: "PROVINCIAL_POLICE", searchKey: `f-${name.toLowerCase()}`, source: SOURCE },
    });
    units.set(name, unit.id);
  }
  const cluster = await prisma.cluster.create({ data: { number: FIXTURE_CLUSTER, name: "Cụm 90", nameEn: "Cluster 90", searchKey: "cum 90", source: SOURCE } });
  await prisma.clusterMembership.createMany({
    data: names.map((name) => ({ clusterId: cluster.id, unitId: units.get(name)!, fromYear: members[name][0], toYear: members[name][1], source: SOURCE })),
  });
  const common = { category: "CRIME" as const, source: SOURCE };
  const casesIndicator = await prisma.indicator.create({
    data: { ...common, code: "F_CASES", name: "Số vụ", nameEn: "Cases", measure: "COUNT", direction: "LOWER_IS_BETTER", aggregation: "SUM", smallNumberThreshold: 10, sortOrder: 1 },
  });
  const rateIndicator = await prisma.indicator.create({
    data: { ...common, code: "F_RATE", name: "Tỷ lệ", nameEn: "Rate", measure: "PERCENT", direction: "HIGHER_IS_BETTER", aggregation: "RATIO_OF_SUMS", smallNumberThreshold: 20, sortOrder: 2 },
  });
  const observations = [];
  for (const name of names) {
    for (const [year, values] of Object.entries(cases[name])) {
      for (const [index, value] of values.entries()) {
        if (value === null) continue;
        observations.push({ indicatorId: casesIndicator.id, unitId: units.get(name)!, granularity: "MONTH" as const, periodStart: month(Number(year), index + 1), year: Number(year), value, source: SOURCE });
      }
    }
    for (const [year, parts] of Object.entries(rates[name])) {
      for (const [index, part] of parts.entries()) {
        if (part === null) continue;
        const [numerator, denominator] = part;
        observations.push({
          indicatorId: rateIndicator.id,
          unitId: units.get(name)!,
          granularity: "MONTH" as const,
          periodStart: month(Number(year), index + 1),
          year: Number(year),
          value: (100 * numerator) / denominator,
          numerator,
          denominator,
          source: SOURCE,
        });
      }
    }
  }
  const [numerator, denominator] = U3_QUARTER_RATE;
  observations.push({
    indicatorId: rateIndicator.id,
    unitId: units.get("U3")!,
    granularity: "QUARTER" as const,
    periodStart: month(2023, 1),
    year: 2023,
    value: (100 * numerator) / denominator,
    numerator,
    denominator,
    source: SOURCE,
  });
  await prisma.observation.createMany({ data: observations });
  const movement = await prisma.movement.create({ data: { code: "F_MOV", name: "Phong trào thử", nameEn: "Test movement", source: SOURCE } });
  const period = await prisma.movementPeriod.create({ data: { movementId: movement.id, clusterId: cluster.id, year: 2023, source: SOURCE } });
  const indicatorIds = { F_CASES: casesIndicator.id, F_RATE: rateIndicator.id };
  await prisma.pledge.createMany({
    data: pledges.map((pledge) => ({ periodId: period.id, unitId: units.get(pledge.unit)!, indicatorId: indicatorIds[pledge.indicator], target: pledge.target, source: SOURCE })),
  });
  return db;
}
