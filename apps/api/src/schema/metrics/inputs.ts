// The arguments every metric shares: which units (MetricScope), which days (MetricPeriod), and the
// vocabulary of buckets, grouping keys and comparison modes.
import { z } from "zod";
import { builder } from "../../builder.js";
import { metricDimensions } from "../../metrics/aggregate.js";
import { type DayRange, yearRange } from "../../metrics/calendar.js";
import type { comparisonModes } from "../../metrics/comparison.js";
import type { MetricScope as Scope } from "../../metrics/scope.js";

export const MetricBucketEnum = builder.enumType("MetricBucket", {
  description: "A calendar bucket of Asia/Ho_Chi_Minh dates: months, quarters (January, April, July, October) or years.",
  values: ["MONTH", "QUARTER", "YEAR"] as const,
});

export const MetricDimensionEnum = builder.enumType("MetricDimension", {
  description:
    "A grouping key (GROUP BY). CLUSTER uses membership in the row's own year; a unit outside every cluster that year " +
    "has cluster null. Without INDICATOR, the requested indicators combine into one value per group, which they may " +
    "only when they share measure and aggregation (e.g. counts summed by CATEGORY).",
  values: metricDimensions,
});

export const ComparisonModeEnum = builder.enumType("ComparisonMode", {
  values: {
    YEAR_TO_DATE_VS_PRIOR_YEAR: { description: "1 January to asOf (default: today in Hà Nội) against the same span of the year before." },
    PERIOD_VS_PREVIOUS_PERIOD: {
      description: "period against the period of the same length just before it: whole months against as many months before (a quarter against the previous quarter), else as many days.",
    },
    VS_BASELINE_YEAR: { description: "period against the same days of baselineYear." },
  } satisfies Record<(typeof comparisonModes)[number], unknown>,
});

export const AssessmentEnum = builder.enumType("ChangeAssessment", {
  description: "A change judged by the indicator's direction (fewer traffic deaths is BETTER).",
  values: ["BETTER", "WORSE", "UNCHANGED"] as const,
});

const selectors = ["unitCodes", "unitSubtree", "clusterNumbers", "allClusters"] as const;

export const MetricScopeInput = builder
  .inputRef<Scope>("MetricScope")
  .implement({
    description:
      "Which units a metric covers: give exactly one. A cluster covers its members year by year (a unit counts in the " +
      "years it was a member); units and subtrees count in every year.",
    fields: (t) => ({
      unitCodes: t.stringList({ description: "These units, e.g. [\"CATP-HP\", \"CATP-CT\"]." }),
      unitSubtree: t.string({ description: "This unit and all units below it, e.g. \"CATP-HP\" with its divisions." }),
      clusterNumbers: t.intList({ description: "The members of these clusters." }),
      allClusters: t.boolean({ description: "true: the members of every cluster." }),
    }),
    validate: z
      .looseObject({
        unitCodes: z.array(z.string()).min(1, "Name at least one unit").max(1000).nullish(),
        unitSubtree: z.string().min(1).nullish(),
        clusterNumbers: z.array(z.number()).min(1, "Name at least one cluster").max(1000).nullish(),
        allClusters: z.literal(true, "allClusters is true when given").nullish(),
      })
      .refine((scope) => selectors.filter((key) => scope[key] != null).length === 1, {
        message: "Give exactly one of unitCodes, unitSubtree, clusterNumbers and allClusters",
      }),
  });

/** A calendar year an argument may name. */
export const yearSchema = z.number().int().min(1900).max(2200);

type MetricPeriod = { year?: number | null; from?: Date | null; to?: Date | null };

export const MetricPeriodInput = builder
  .inputRef<MetricPeriod>("MetricPeriod")
  .implement({
    description: "Calendar days in Asia/Ho_Chi_Minh: a whole year, or from–to with both days included. Give year, or from and to.",
    fields: (t) => ({
      year: t.int(),
      from: t.field({ type: "Date" }),
      to: t.field({ type: "Date" }),
    }),
    validate: z
      .looseObject({ year: yearSchema.nullish(), from: z.date().nullish(), to: z.date().nullish() })
      .refine((period) => (period.year != null) !== (period.from != null && period.to != null) && (period.from == null) === (period.to == null), {
        message: "Give year, or from and to",
      })
      .refine((period) => period.from == null || period.to == null || period.from.getTime() <= period.to.getTime(), {
        message: "from is after to",
        path: ["to"],
      }),
  });

/** A validated MetricPeriod as a range of days. */
export const dayRangeOf = (period: MetricPeriod): DayRange =>
  period.year != null ? yearRange(period.year) : { from: period.from!, to: period.to! };
