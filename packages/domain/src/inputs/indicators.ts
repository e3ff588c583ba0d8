// The indicator catalog: what units report (cases cleared, drug cases, traffic accidents...).
import { z } from "zod";
import { aggregations, directions, indicatorCategories, measureKinds } from "../enums.ts";
import { catalogCode, fail, id, name, requireChange, version } from "./common.ts";

const threshold = z.int("Expected a whole number").min(0, "Cannot be negative");
const sortOrder = z.int("Expected a whole number");

/**
 * A percentage is a rate, and a rate rolls up as the ratio of summed numerators and denominators,
 * never as the mean of member rates: PERCENT and RATIO_OF_SUMS go together.
 */
export const createIndicatorInput = z
  .object({
    code: catalogCode,
    name: name(),
    nameEn: name(),
    category: z.enum(indicatorCategories),
    measure: z.enum(measureKinds),
    direction: z.enum(directions),
    aggregation: z.enum(aggregations),
    /** below this many cases a percentage change is flagged as not meaningful */
    smallNumberThreshold: threshold.default(10),
    sortOrder: sortOrder.default(0),
  })
  .superRefine((indicator, ctx) => {
    if ((indicator.measure === "PERCENT") !== (indicator.aggregation === "RATIO_OF_SUMS")) {
      fail(ctx, ["aggregation"], "A percentage aggregates as a ratio of sums, and only a percentage does", "rateAggregation");
    }
  });
export type CreateIndicatorInput = z.infer<typeof createIndicatorInput>;

/** Measure and aggregation are fixed once created: observations were recorded under them. */
export const updateIndicatorInput = z
  .object({
    id,
    version,
    name: name().optional(),
    nameEn: name().optional(),
    category: z.enum(indicatorCategories).optional(),
    direction: z.enum(directions).optional(),
    smallNumberThreshold: threshold.optional(),
    sortOrder: sortOrder.optional(),
  })
  .superRefine(requireChange());
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInput>;
