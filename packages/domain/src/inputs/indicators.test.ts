import { describe, expect, it } from "vitest";
import { createIndicatorInput, updateIndicatorInput } from "./indicators.ts";
import { problems } from "./test-support.ts";

const clearanceRate = {
  code: "CASE_CLEARANCE_RATE",
  name: "Tỷ lệ điều tra, khám phá án",
  nameEn: "Case investigation and clearance rate",
  category: "CRIME",
  measure: "PERCENT",
  direction: "HIGHER_IS_BETTER",
  aggregation: "RATIO_OF_SUMS",
} as const;

describe("createIndicatorInput", () => {
  it("accepts the clearance rate of the source with the default threshold and order", () => {
    expect(createIndicatorInput.parse(clearanceRate)).toEqual({ ...clearanceRate, smallNumberThreshold: 10, sortOrder: 0 });
  });

  it("never averages a percentage, and keeps ratio of sums for percentages", () => {
    expect(problems(createIndicatorInput, { ...clearanceRate, aggregation: "AVERAGE" })).toEqual(["aggregation: rateAggregation"]);
    expect(problems(createIndicatorInput, { ...clearanceRate, measure: "COUNT" })).toEqual(["aggregation: rateAggregation"]);
    expect(problems(createIndicatorInput, { ...clearanceRate, measure: "COUNT", aggregation: "SUM" })).toEqual([]);
  });
});

describe("updateIndicatorInput", () => {
  it("cannot change measure or aggregation once observations exist", () => {
    const parsed = updateIndicatorInput.parse({ id: 1, version: 1, sortOrder: 2, measure: "COUNT", aggregation: "SUM" });
    expect(parsed).toEqual({ id: 1, version: 1, sortOrder: 2 });
    expect(problems(updateIndicatorInput, { id: 1, version: 1, measure: "COUNT" })).toEqual([": nothingToChange"]);
  });
});
