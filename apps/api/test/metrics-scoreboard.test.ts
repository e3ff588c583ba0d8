// The cluster scoreboard on the hand-checked fixture (tables in metrics-fixture.ts): ranks in both
// directions with ties, the prior year of this year's members, pledged targets.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetricsFixture, FIXTURE_CLUSTER } from "./metrics-fixture.js";
import { testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;
// biome-ignore lint/suspicious/noExplicitAny: the shape is asserted
let board: any;

const SCOREBOARD = `query ($cluster: Int!, $year: Int!, $indicators: [String!]) {
  clusterScoreboard(clusterNumber: $cluster, year: $year, indicators: $indicators) {
    __typename
    ... on ClusterScoreboard {
      cluster { number }
      year
      indicators { code direction }
      members { code }
      entries {
        unit { code } indicator { code }
        value numerator denominator observationCount rank rankedUnits
        previous { value numerator denominator }
        absoluteChange percentChange smallNumbers betterOrWorse
        target targetMet
      }
    }
    ... on Error { message }
  }
}`;

beforeAll(async () => {
  db = await createMetricsFixture();
  api = testApi(db, { as: "ANALYST" });
  ({ clusterScoreboard: board } = await api.data(SCOREBOARD, { cluster: FIXTURE_CLUSTER, year: 2023, indicators: ["F_CASES", "F_RATE"] }));
});
afterAll(() => db?.dispose());

// biome-ignore lint/suspicious/noExplicitAny: the shape is asserted
const entriesOf = (indicator: string) => board.entries.filter((entry: any) => entry.indicator.code === indicator);

it("lists this year's members and the indicators asked for", () => {
  expect(board.__typename).toBe("ClusterScoreboard");
  // U5 left after 2022, U4 joined in 2023
  expect(board.members).toEqual([{ code: "F-U1" }, { code: "F-U2" }, { code: "F-U3" }, { code: "F-U4" }]);
  expect(board.indicators).toEqual([
    { code: "F_CASES", direction: "LOWER_IS_BETTER" },
    { code: "F_RATE", direction: "HIGHER_IS_BETTER" },
  ]);
  expect(board.entries).toHaveLength(8);
});

describe("LOWER_IS_BETTER (F_CASES, a count)", () => {
  it("ranks the smallest first, ties sharing a rank and the next rank skipping (1, 2, 2, 4)", () => {
    // 2023 totals: U3 1+1 = 2, U2 2×4 = 8, U4 8, U1 5+15+25+35 = 80
    expect(entriesOf("F_CASES").map((entry: { unit: { code: string }; value: number; rank: number }) => [entry.unit.code, entry.value, entry.rank])).toEqual([
      ["F-U3", 2, 1],
      ["F-U2", 8, 2],
      ["F-U4", 8, 2],
      ["F-U1", 80, 4],
    ]);
    expect(entriesOf("F_CASES")[0].rankedUnits).toBe(4);
  });

  it("compares with the member's prior year, wherever it was then", () => {
    const [u3, u2, u4, u1] = entriesOf("F_CASES");
    // U1: 80 against 10+20+30+40 = 100 → −20, −20 %, fewer is better
    expect(u1).toMatchObject({ previous: { value: 100 }, absoluteChange: -20, percentChange: -20, smallNumbers: false, betterOrWorse: "BETTER" });
    // U2: 8 against 12 → −4, −33.3 %
    expect(u2).toMatchObject({ previous: { value: 12 }, absoluteChange: -4, smallNumbers: false, betterOrWorse: "BETTER" });
    expect(u2.percentChange).toBeCloseTo((-4 / 12) * 100, 10);
    // U4 was no member in 2022 but reported 5: 8 against 5 → +3, WORSE; base 5 < threshold 10 → no percentage
    expect(u4).toMatchObject({ previous: { value: 5 }, absoluteChange: 3, percentChange: null, smallNumbers: true, betterOrWorse: "WORSE" });
    // U3 reported nothing in 2022
    expect(u3).toMatchObject({ previous: { value: null }, absoluteChange: null, betterOrWorse: null });
  });

  it("meets a target by staying at or below it", () => {
    const byUnit = Object.fromEntries(entriesOf("F_CASES").map((entry: { unit: { code: string } }) => [entry.unit.code, entry]));
    expect(byUnit["F-U1"]).toMatchObject({ target: 90, targetMet: true }); // 80 ≤ 90
    expect(byUnit["F-U2"]).toMatchObject({ target: 5, targetMet: false }); // 8 > 5
    expect(byUnit["F-U3"]).toMatchObject({ target: null, targetMet: null });
  });
});

describe("HIGHER_IS_BETTER (F_RATE, a rate)", () => {
  it("ranks the largest first; a member without a value has no rank and comes last", () => {
    // U2 3/3 = 100 %, U1 45/50 = 90 %, U3 9/10 = 90 % (its quarterly figure), U4 nothing
    expect(
      entriesOf("F_RATE").map((entry: { unit: { code: string }; value: number; rank: number; numerator: number; denominator: number }) => [
        entry.unit.code,
        entry.value,
        entry.numerator,
        entry.denominator,
        entry.rank,
      ]),
    ).toEqual([
      ["F-U2", 100, 3, 3, 1],
      ["F-U1", 90, 45, 50, 2],
      ["F-U3", 90, 9, 10, 2],
      ["F-U4", null, null, null, null],
    ]);
    expect(entriesOf("F_RATE")[0].rankedUnits).toBe(3);
  });

  it("meets a target by reaching it", () => {
    const byUnit = Object.fromEntries(entriesOf("F_RATE").map((entry: { unit: { code: string } }) => [entry.unit.code, entry]));
    expect(byUnit["F-U1"]).toMatchObject({ target: 95, targetMet: false }); // 90 < 95
    expect(byUnit["F-U2"]).toMatchObject({ target: 95, targetMet: true }); // 100 ≥ 95
    // U1 against 2022's (8 + 9) / (10 + 10) = 85 %: +5 points; denominators 50 and 20 are not below 20
    expect(byUnit["F-U1"]).toMatchObject({ previous: { numerator: 17, denominator: 20, value: 85 }, smallNumbers: false, betterOrWorse: "BETTER" });
    expect(byUnit["F-U1"].absoluteChange).toBeCloseTo(5, 10);
  });
});

it("takes every indicator when none are named, and answers an unknown cluster with NotFoundError", async () => {
  const all = await api.data(SCOREBOARD, { cluster: FIXTURE_CLUSTER, year: 2023 });
  expect(all.clusterScoreboard.indicators.map((indicator: { code: string }) => indicator.code)).toEqual(["F_CASES", "F_RATE"]);
  const missing = await api.data(SCOREBOARD, { cluster: 404, year: 2023 });
  expect(missing.clusterScoreboard).toEqual({ __typename: "NotFoundError", message: 'No Cluster with key "404"' });
});
