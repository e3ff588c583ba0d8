import { describe, expect, it } from "vitest";
import { granularities } from "../enums.ts";
import { correctObservationInput, isPeriodStartAligned, recordObservationInput } from "./observations.ts";
import { problems } from "./test-support.ts";

const yearly = { indicatorId: 1, unitId: 7, granularity: "YEAR", periodStart: "2022-01-01" } as const;

describe("period alignment", () => {
  it("months start on the 1st, quarters on 1 Jan/Apr/Jul/Oct, years on 1 Jan", () => {
    const starts = ["2022-01-01", "2022-02-01", "2022-04-01", "2022-10-01", "2022-11-01", "2022-01-15"];
    const aligned = Object.fromEntries(
      granularities.map((granularity) => [granularity, starts.filter((start) => isPeriodStartAligned(granularity, start))]),
    );
    expect(aligned).toEqual({
      MONTH: ["2022-01-01", "2022-02-01", "2022-04-01", "2022-10-01", "2022-11-01"],
      QUARTER: ["2022-01-01", "2022-04-01", "2022-10-01"],
      YEAR: ["2022-01-01"],
    });
  });

  it("an observation whose period is not aligned is refused", () => {
    const record = { ...yearly, value: 120 };
    expect(problems(recordObservationInput, record)).toEqual([]);
    expect(problems(recordObservationInput, { ...record, periodStart: "2022-07-01" })).toEqual(["periodStart: periodStartAligned"]);
    expect(problems(recordObservationInput, { ...record, granularity: "QUARTER", periodStart: "2022-07-01" })).toEqual([]);
    expect(problems(recordObservationInput, { ...record, granularity: "QUARTER", periodStart: "2022-08-01" })).toEqual([
      "periodStart: periodStartAligned",
    ]);
    expect(problems(recordObservationInput, { ...record, granularity: "MONTH", periodStart: "2022-08-02" })).toEqual([
      "periodStart: periodStartAligned",
    ]);
  });
});

describe("rates", () => {
  it("81.7 % from 817 cleared of 1,000 recorded is consistent", () => {
    const observation = recordObservationInput.parse({ ...yearly, value: 81.7, numerator: 817, denominator: 1000 });
    expect(observation).toMatchObject({ value: 81.7, numerator: 817, denominator: 1000, source: "REPORTED" });
    expect(problems(recordObservationInput, { ...yearly, value: 81.7, numerator: 1634, denominator: 2000 })).toEqual([]);
    expect(problems(recordObservationInput, { ...yearly, value: 66.7, numerator: 2, denominator: 3 })).toEqual([]);
  });

  it("the value must agree with numerator and denominator", () => {
    expect(problems(recordObservationInput, { ...yearly, value: 82, numerator: 817, denominator: 1000 })).toEqual([
      "value: rateMismatch",
    ]);
    const issue = recordObservationInput.safeParse({ ...yearly, value: 82, numerator: 817, denominator: 1000 }).error?.issues[0];
    expect(issue?.message).toContain("81.7");
  });

  it("the denominator is positive and at least the numerator", () => {
    expect(problems(recordObservationInput, { ...yearly, value: 0, numerator: 0, denominator: 0 })).toEqual([
      "denominator: denominatorPositive",
    ]);
    expect(problems(recordObservationInput, { ...yearly, value: 110, numerator: 11, denominator: 10 })).toEqual([
      "numerator: numeratorAboveDenominator",
    ]);
    expect(problems(recordObservationInput, { ...yearly, value: 0, numerator: -1, denominator: 10 })).toEqual([
      "numerator: numeratorNegative",
    ]);
  });

  it("numerator and denominator come together", () => {
    expect(problems(recordObservationInput, { ...yearly, value: 81.7, numerator: 817 })).toEqual(["denominator: rateParts"]);
    expect(problems(recordObservationInput, { ...yearly, value: 81.7, denominator: 1000 })).toEqual(["numerator: rateParts"]);
  });
});

describe("sources", () => {
  it("a reported source is the default; synthetic ones cannot be entered", () => {
    expect(recordObservationInput.parse({ ...yearly, value: 5, source: "IMPORTED" }).source).toBe("IMPORTED");
    expect(problems(recordObservationInput, { ...yearly, value: 5, source: "SYNTHETIC_DEMO" })).toEqual(["source: invalid_value"]);
  });
});

describe("correctObservationInput", () => {
  it("carries the version and a reason, and checks the rate again", () => {
    const correction = { id: 9, version: 2, value: 81.7, numerator: 817, denominator: 1000, reason: "Số liệu chốt cuối năm" };
    expect(problems(correctObservationInput, correction)).toEqual([]);
    expect(problems(correctObservationInput, { ...correction, reason: " " })).toEqual(["reason: too_small"]);
    expect(problems(correctObservationInput, { ...correction, version: undefined })).toEqual(["version: invalid_type"]);
    expect(problems(correctObservationInput, { ...correction, numerator: 900 })).toEqual(["value: rateMismatch"]);
  });
});
