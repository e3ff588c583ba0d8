// Observations: one value of one indicator for one unit over one month, quarter or year.
import { z } from "zod";
import { type Granularity, granularities } from "../enums.ts";
import { enteredDataSource, fail, id, isoDate, longText, optionalText, version } from "./common.ts";

const firstMonths: { readonly [G in Granularity]: readonly string[] } = {
  MONTH: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"],
  QUARTER: ["01", "04", "07", "10"],
  YEAR: ["01"],
};

const alignmentRule: { readonly [G in Granularity]: string } = {
  MONTH: "A month starts on the 1st",
  QUARTER: "A quarter starts on 1 Jan, Apr, Jul or Oct",
  YEAR: "A year starts on 1 January",
};

/** A period starts on the 1st of a month; a quarter on 1 Jan/Apr/Jul/Oct; a year on 1 Jan. */
export function isPeriodStartAligned(granularity: Granularity, periodStart: string): boolean {
  const [, month, day] = periodStart.split("-");
  return day === "01" && firstMonths[granularity].includes(month ?? "");
}

/**
 * How far a rate's value may sit from 100 × numerator / denominator: half a tenth of a point,
 * so a value rounded to one decimal (81.7 %) passes.
 */
export const RATE_TOLERANCE = 0.05;

const measured = {
  value: z.number("Expected a number"),
  numerator: z.number("Expected a number").nullish(),
  denominator: z.number("Expected a number").nullish(),
};

type Measured = { value: number; numerator?: number | null; denominator?: number | null };

// A rate carries its parts: cleared / recorded. Whether the indicator is a rate is the API's to
// check (it knows the indicator); here the parts, when given, must agree with the value.
function checkRate(observation: Measured, ctx: z.core.$RefinementCtx<unknown>): void {
  const { value, numerator, denominator } = observation;
  if (numerator == null && denominator == null) return;
  if (numerator == null || denominator == null) {
    const missing = numerator == null ? "numerator" : "denominator";
    fail(ctx, [missing], "Give both numerator and denominator, or neither", "rateParts");
    return;
  }
  if (numerator < 0) {
    fail(ctx, ["numerator"], "Cannot be negative", "numeratorNegative");
    return;
  }
  if (denominator <= 0) {
    fail(ctx, ["denominator"], "Must be greater than 0", "denominatorPositive");
    return;
  }
  if (numerator > denominator) {
    fail(ctx, ["numerator"], "Cannot exceed the denominator", "numeratorAboveDenominator");
    return;
  }
  const rate = (100 * numerator) / denominator;
  if (Math.abs(value - rate) > RATE_TOLERANCE) {
    fail(ctx, ["value"], `Must be numerator / denominator × 100 (${rate.toFixed(1)})`, "rateMismatch");
  }
}

export const recordObservationInput = z
  .object({
    indicatorId: id,
    unitId: id,
    granularity: z.enum(granularities),
    periodStart: isoDate,
    ...measured,
    source: enteredDataSource.default("REPORTED"),
    sourceNote: optionalText(1000),
  })
  .superRefine((observation, ctx) => {
    if (!isPeriodStartAligned(observation.granularity, observation.periodStart)) {
      fail(ctx, ["periodStart"], alignmentRule[observation.granularity], "periodStartAligned");
    }
    checkRate(observation, ctx);
  });
export type RecordObservationInput = z.infer<typeof recordObservationInput>;

/** A correction replaces the value (and its parts); the previous one is kept as a revision. */
export const correctObservationInput = z
  .object({
    id,
    version,
    ...measured,
    source: enteredDataSource.optional(),
    sourceNote: optionalText(1000),
    reason: longText(1000),
  })
  .superRefine(checkRate);
export type CorrectObservationInput = z.infer<typeof correctObservationInput>;
