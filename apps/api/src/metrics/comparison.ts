// Period comparison: an indicator over a scope in two spans, computed by one statement (the two
// spans are two periods of the engine), and the change between them.
import type { Indicator } from "@thidua/db/prisma";
import { type MetricRow, type MetricsDatabase, queryMetrics } from "./aggregate.js";
import { type DayRange, previousPeriod, shiftYears, yearToDate } from "./calendar.js";
import { type Change, changeBetween } from "./change.js";
import type { MetricScope } from "./scope.js";

export const comparisonModes = ["YEAR_TO_DATE_VS_PRIOR_YEAR", "PERIOD_VS_PREVIOUS_PERIOD", "VS_BASELINE_YEAR"] as const;
export type ComparisonMode = (typeof comparisonModes)[number];

/**
 * - YEAR_TO_DATE_VS_PRIOR_YEAR: 1 January to `asOf` against the same span of the prior year.
 * - PERIOD_VS_PREVIOUS_PERIOD: `period` against the period of the same length just before it
 *   (whole months against as many months before: a quarter against the quarter before).
 * - VS_BASELINE_YEAR: `period` against the same days of `baselineYear`.
 */
export type ComparisonSpans =
  | { mode: "YEAR_TO_DATE_VS_PRIOR_YEAR"; asOf: Date }
  | { mode: "PERIOD_VS_PREVIOUS_PERIOD"; period: DayRange }
  | { mode: "VS_BASELINE_YEAR"; period: DayRange; baselineYear: number };

export function comparedSpans(spans: ComparisonSpans): { current: DayRange; base: DayRange } {
  switch (spans.mode) {
    case "YEAR_TO_DATE_VS_PRIOR_YEAR": {
      const { current, previous } = yearToDate(spans.asOf);
      return { current, base: previous };
    }
    case "PERIOD_VS_PREVIOUS_PERIOD":
      return { current: spans.period, base: previousPeriod(spans.period) };
    case "VS_BASELINE_YEAR":
      return { current: spans.period, base: shiftYears(spans.period, spans.baselineYear - spans.period.from.getUTCFullYear()) };
  }
}

export interface Comparison extends Change {
  indicator: Indicator;
  mode: ComparisonMode;
  current: MetricRow;
  /** The previous period, the prior year's span, or the baseline year's. */
  base: MetricRow;
}

export async function compareMetric(
  prisma: MetricsDatabase,
  input: { indicatorCode: string; scope: MetricScope; spans: ComparisonSpans },
): Promise<Comparison> {
  const { current, base } = comparedSpans(input.spans);
  const result = await queryMetrics(prisma, {
    indicatorCodes: [input.indicatorCode],
    scope: input.scope,
    periods: { ranges: [current, base] },
    groupBy: new Set(["INDICATOR", "BUCKET"]),
    rowLimit: 2,
  });
  const [currentRow, baseRow] = result.rows;
  const indicator = result.indicators[0]!;
  return { indicator, mode: input.spans.mode, current: currentRow!, base: baseRow!, ...changeBetween(indicator, currentRow!, baseRow!) };
}
