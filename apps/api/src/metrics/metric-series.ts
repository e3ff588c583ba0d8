// Time buckets: indicators over a from–to range cut into calendar months, quarters or years, every
// bucket present (null value where nothing was reported), grouped as the caller asks.
import { ValidationError } from "../errors.js";
import { type MetricDimension, type MetricResult, type MetricRow, type MetricsDatabase, queryMetrics } from "./aggregate.js";
import { type Bucket, bucketLabel, type DayRange } from "./calendar.js";
import type { MetricScope } from "./scope.js";

/** The most rows one series may return (buckets × units × indicators…); more is an error, not a cut. */
export const METRIC_ROW_LIMIT = 20_000;

export interface SeriesInput extends DayRange {
  indicatorCodes: readonly string[];
  scope: MetricScope;
  bucket: Bucket;
  groupBy: ReadonlySet<MetricDimension>;
}

export interface SeriesRow extends MetricRow {
  /** 2022-03, 2022-Q1 or 2022 when grouped by BUCKET. */
  label: string | null;
}

/**
 * Buckets are calendar periods of Asia/Ho_Chi_Minh dates: a bucket is [first day, last day] and an
 * observation falls in the bucket that contains its whole period (so a quarterly figure appears in
 * QUARTER and YEAR buckets, never in a MONTH bucket). The first and last buckets are clipped to the
 * range: with from = 2022-01-15, January's bucket covers 15–31 January and holds no monthly figure.
 */
export async function metricSeries(prisma: MetricsDatabase, input: SeriesInput): Promise<Omit<MetricResult, "rows"> & { rows: SeriesRow[] }> {
  if (input.from.getTime() > input.to.getTime()) throw ValidationError.of("to", "The range ends before it starts", "rangeReversed");
  const result = await queryMetrics(prisma, {
    indicatorCodes: input.indicatorCodes,
    scope: input.scope,
    periods: { series: { from: input.from, to: input.to, bucket: input.bucket } },
    groupBy: input.groupBy,
    rowLimit: METRIC_ROW_LIMIT,
  });
  return {
    ...result,
    rows: result.rows.map((row) => ({ ...row, label: row.periodIndex === null ? null : bucketLabel(input.bucket, row.bucketStart) })),
  };
}
