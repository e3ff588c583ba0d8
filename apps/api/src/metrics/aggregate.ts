// The metrics engine: indicators over a scope and a set of periods, grouped by any of unit,
// cluster, category, indicator and period, in ONE SQL statement (GROUP BY in the database).
// metricValue, metricSeries and metricComparison are this engine with different periods and keys.
import type { Cluster, Indicator, Unit } from "@thidua/db/prisma";
import { Prisma } from "@thidua/db/prisma";
import { GraphQLError } from "graphql";
import { NotFoundError, ValidationError } from "../errors.js";
import { addDays, type Bucket, type DayRange, formatDay, parseDay } from "./calendar.js";
import { aggregatedValue, countedObservationCte, summedParts } from "./observation-rules.js";
import { reviveRow } from "./revive-row.js";
import { type MetricScope, scopeCtes, type UnknownKeys, unknownScopeKeys } from "./scope.js";
import type { RawReads } from "../loaders/raw-reads.js";

/** Where a metric's one raw statement runs (the driver on PostgreSQL; tests pass a Prisma client). */
export type MetricsDatabase = RawReads;

export const metricDimensions = ["UNIT", "CLUSTER", "CATEGORY", "INDICATOR", "BUCKET"] as const;
export type MetricDimension = (typeof metricDimensions)[number];

/**
 * The periods values are computed over: a calendar series (MONTH, QUARTER or YEAR buckets over a
 * range, every bucket present even when empty), or a list of ranges (a comparison's two spans).
 * An observation counts in a period when all the days it covers lie inside that period.
 */
export type MetricPeriods = { series: DayRange & { bucket: Bucket } } | { ranges: readonly DayRange[] };

export interface MetricQuery {
  /** null: every indicator of the catalogue. */
  indicatorCodes: readonly string[] | null;
  scope: MetricScope;
  periods: MetricPeriods;
  groupBy: ReadonlySet<MetricDimension>;
  /** Refuse (with MetricRowLimitError) a result of more rows than this. */
  rowLimit: number;
}

export interface MetricRow {
  /** 0-based index of the bucket or range (null when not grouped by BUCKET). */
  periodIndex: number | null;
  /** The nominal bucket start (1 March for March), or the range's first day. */
  bucketStart: Date;
  /** The days the row covers, both included (a bucket clipped to the range asked for). */
  from: Date;
  to: Date;
  /** Set when grouped by INDICATOR. */
  indicator: Indicator | null;
  /** Set when grouped by CATEGORY or INDICATOR. */
  category: Indicator["category"] | null;
  unit: Unit | null;
  /** Grouped by CLUSTER: the cluster, or null for units outside every cluster that year. */
  cluster: Cluster | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  unitCount: number;
  /** The codes of the units whose observations were used, in order. */
  unitCodes: string[];
}

export interface MetricResult {
  rows: MetricRow[];
  /** The requested indicators, in catalogue order. */
  indicators: Indicator[];
}

/** A GraphQL error (not masked): the analyst sees which limit was hit and what it is. */
export class MetricRowLimitError extends GraphQLError {
  constructor(readonly limit: number) {
    super(`The result would have more than ${limit} rows: narrow the scope, the range or the grouping, or use a coarser bucket`, {
      extensions: { code: "METRIC_ROW_LIMIT", limit },
    });
  }
}

// Grouping keys: the same column names in the frame (every combination that must appear) and in
// the aggregate; fixed SQL text chosen by the enum, never the caller's.
const keyColumn: Record<MetricDimension, Prisma.Sql> = {
  BUCKET: Prisma.sql`ordinal`,
  INDICATOR: Prisma.sql`indicator_id`,
  CATEGORY: Prisma.sql`category`,
  UNIT: Prisma.sql`unit_id`,
  CLUSTER: Prisma.sql`cluster_key`,
};

/** The years a set of periods touches, in order. */
function yearsOf(periods: MetricPeriods): number[] {
  const ranges = "series" in periods ? [periods.series] : periods.ranges;
  const years = new Set<number>();
  for (const range of ranges) {
    for (let year = range.from.getUTCFullYear(); year <= range.to.getUTCFullYear(); year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

const monthsPerBucket: Record<Bucket, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Buckets from the one holding `from` to the one holding `to`. */
function bucketCount({ from, to, bucket }: DayRange & { bucket: Bucket }): number {
  const index = (day: Date) => Math.floor((day.getUTCFullYear() * 12 + day.getUTCMonth()) / monthsPerBucket[bucket]);
  return index(to) - index(from) + 1;
}

/**
 * How an observation finds its period: inside it, and for a series also by its bucket's first day
 * (an equality, so the database can hash instead of testing every bucket).
 */
function periodMatch(periods: MetricPeriods): Prisma.Sql {
  const inside = Prisma.sql`c.period_start >= p.range_from AND c.period_until <= p.range_until`;
  if (!("series" in periods)) return inside;
  return Prisma.sql`p.bucket_start = date_trunc(${periods.series.bucket.toLowerCase()}, c.period_start::timestamp)::date AND ${inside}`;
}

function periodCtes(periods: MetricPeriods, years: readonly number[]): Prisma.Sql {
  let period: Prisma.Sql;
  if ("series" in periods) {
    const { from, to, bucket } = periods.series;
    const field = bucket.toLowerCase();
    const [first, last] = [formatDay(from), formatDay(to)];
    const step = `${monthsPerBucket[bucket]} months`;
    // timestamp WITHOUT time zone: date_trunc on a date would go through timestamptz and the session's
    // zone. The buckets are counted here so that the planner knows how many there are.
    period = Prisma.sql`
      SELECT n AS ordinal, b::date AS bucket_start,
             greatest(b::date, ${first}::date) AS range_from,
             least((b + ${step}::interval)::date, ${last}::date + 1) AS range_until
        FROM generate_series(0, ${bucketCount(periods.series) - 1}::int) n
        CROSS JOIN LATERAL (SELECT date_trunc(${field}, ${first}::timestamp) + n * ${step}::interval AS b) bucket`;
  } else {
    // days travel as text: a Date parameter would pass through the session's time zone
    const froms = periods.ranges.map((range) => formatDay(range.from));
    const untils = periods.ranges.map((range) => formatDay(addDays(range.to, 1)));
    period = Prisma.sql`
      SELECT (p.ordinal - 1)::int AS ordinal, p.range_from AS bucket_start, p.range_from, p.range_until
        FROM unnest(${froms}::date[], ${untils}::date[]) WITH ORDINALITY AS p(range_from, range_until, ordinal)`;
  }
  return Prisma.sql`
    period AS (
      SELECT q.*, extract(year FROM q.range_from)::int AS first_year, extract(year FROM q.range_until - 1)::int AS last_year
        FROM (${period}) q
    ),
    yr AS (SELECT unnest(${years}::int[]) AS year)`;
}

/**
 * The statement's CTEs up to `metric_row(<keys>, bucket_start, range_from, range_until, value,
 * numerator, denominator, observation_count, unit_count, unit_codes)`: one row per combination of the grouping keys that must
 * appear (every bucket; every requested indicator; every unit in scope…) with its value, null where
 * nothing was reported. Other statements (the scoreboard) build on it.
 */
export function metricRowCtes(query: Omit<MetricQuery, "rowLimit">, options: { membersOfYear?: number } = {}): Prisma.Sql {
  const years = yearsOf(query.periods);
  const dimensions = metricDimensions.filter((dimension) => query.groupBy.has(dimension));
  const keys = dimensions.map((dimension) => keyColumn[dimension]);
  const groupBy = (extra: Prisma.Sql[] = []) => (keys.length + extra.length === 0 ? Prisma.empty : Prisma.sql`GROUP BY ${Prisma.join([...keys, ...extra], ", ")}`);
  const selectKeys = keys.length === 0 ? Prisma.empty : Prisma.sql`${Prisma.join(keys, ", ")},`;
  // the frame lists units only when grouping by unit or cluster (then only units in scope that year)
  const needsUnits = query.groupBy.has("UNIT") || query.groupBy.has("CLUSTER");
  const frameUnits = needsUnits ? Prisma.sql`JOIN scope_unit s ON s.year BETWEEN p.first_year AND p.last_year` : Prisma.empty;

  return Prisma.sql`
    WITH RECURSIVE
    ind AS (SELECT * FROM indicator WHERE ${query.indicatorCodes === null ? Prisma.sql`TRUE` : Prisma.sql`code = ANY(${query.indicatorCodes}::text[])`}),
    ${periodCtes(query.periods, years)},
    ${scopeCtes(query.scope, { byCluster: query.groupBy.has("CLUSTER"), membersOfYear: options.membersOfYear })},
    ${countedObservationCte},
    used AS (
      SELECT p.ordinal, c.indicator_id, i.category, i.aggregation, c.unit_id, c.unit_code, c.cluster_key,
             c.period_start, c.value, c.numerator, c.denominator
        FROM counted_observation c
        JOIN ind i ON i.id = c.indicator_id
        JOIN period p ON ${periodMatch(query.periods)}
    ),
    marked AS (
      SELECT u.*, u.period_start = max(u.period_start) OVER (PARTITION BY ${selectKeys} u.indicator_id, u.unit_id) AS is_latest
        FROM used u
    ),
    aggregated AS (
      SELECT ${selectKeys} ${aggregatedValue} AS value, ${summedParts},
             count(*)::int AS observation_count, count(DISTINCT unit_id)::int AS unit_count,
             array_agg(DISTINCT unit_code ORDER BY unit_code) AS unit_codes
        FROM marked
       ${groupBy([Prisma.sql`aggregation`])}
    ),
    -- every combination that must appear, with no value yet; merged with the values by GROUP BY
    -- rather than joined, so that no estimate can turn the merge into a nested loop
    frame AS (
      SELECT ${selectKeys} p.bucket_start, p.range_from, p.range_until
        FROM period p
        CROSS JOIN (SELECT id AS indicator_id, category FROM ind) i
        ${frameUnits}
    ),
    metric_row AS (
      SELECT ${selectKeys} min(bucket_start) AS bucket_start, min(range_from) AS range_from, max(range_until) AS range_until,
             max(value) AS value, max(numerator) AS numerator, max(denominator) AS denominator,
             coalesce(max(observation_count), 0) AS observation_count, coalesce(max(unit_count), 0) AS unit_count,
             coalesce(max(unit_codes), '{}') AS unit_codes
        FROM (
          SELECT ${selectKeys} bucket_start, range_from, range_until,
                 NULL::float8 AS value, NULL::float8 AS numerator, NULL::float8 AS denominator,
                 NULL::int AS observation_count, NULL::int AS unit_count, NULL::text[] AS unit_codes
            FROM frame
          UNION ALL
          SELECT ${selectKeys} NULL, NULL, NULL, value, numerator, denominator, observation_count, unit_count, unit_codes
            FROM aggregated
        ) merged
       ${groupBy()}
    )`;
}

/**
 * The rows of `metric_row` as JSON, in a stable order, naming their unit and cluster by id (the
 * rows themselves come once each, beside: a series repeats each unit in every bucket).
 */
function rowsJson(groupBy: ReadonlySet<MetricDimension>, limit: number): Prisma.Sql {
  const has = (dimension: MetricDimension, sql: Prisma.Sql) => (groupBy.has(dimension) ? sql : Prisma.sql`NULL`);
  return Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object(
             'periodIndex', ${has("BUCKET", Prisma.sql`x.ordinal`)},
             'bucketStart', x.bucket_start, 'from', x.range_from, 'until', x.range_until,
             'indicatorId', ${has("INDICATOR", Prisma.sql`x.indicator_id`)},
             'category', ${has("CATEGORY", Prisma.sql`x.category`)},
             'unitId', ${has("UNIT", Prisma.sql`x.unit_id`)}, 'clusterId', ${has("CLUSTER", Prisma.sql`x.cluster_key`)},
             'value', x.value, 'numerator', x.numerator, 'denominator', x.denominator,
             'observationCount', x.observation_count, 'unitCount', x.unit_count, 'unitCodes', x.unit_codes)
           ORDER BY x.ordering), '[]')
      FROM (
        SELECT keyed.*, row_number() OVER (ORDER BY
                 ${has("BUCKET", Prisma.sql`keyed.ordinal`)}, ${has("CATEGORY", Prisma.sql`keyed.category`)},
                 ${has("INDICATOR", Prisma.sql`keyed.indicator_order`)},
                 ${has("CLUSTER", Prisma.sql`keyed.cluster_number`)}, ${has("UNIT", Prisma.sql`keyed.unit_code`)}) AS ordering
          FROM (
            SELECT r.*,
                   ${has("INDICATOR", Prisma.sql`(SELECT ("sortOrder", code) FROM ind WHERE id = r.indicator_id)`)} AS indicator_order,
                   ${has("UNIT", Prisma.sql`(SELECT u.code FROM unit u WHERE u.id = r.unit_id)`)} AS unit_code,
                   ${has("CLUSTER", Prisma.sql`(SELECT c.number FROM cluster c WHERE c.id = r.cluster_key)`)} AS cluster_number
              FROM metric_row r
          ) keyed
         ORDER BY ordering
         LIMIT ${limit + 1}
      ) x
  )`;
}

/**
 * Indicators share a row only when they combine meaningfully: same measure and same aggregation
 * (traffic accidents + fires, both counts summed). Otherwise the caller must group by INDICATOR.
 */
function assertCombinable(indicators: readonly Indicator[], groupBy: ReadonlySet<MetricDimension>): void {
  if (groupBy.has("INDICATOR")) return;
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const key = groupBy.has("CATEGORY") ? indicator.category : "";
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  for (const members of groups.values()) {
    const rules = new Set(members.map((indicator) => `${indicator.measure} ${indicator.aggregation}`));
    if (rules.size > 1) {
      throw ValidationError.of(
        "groupBy",
        `${members.map((indicator) => `${indicator.code} (${indicator.measure}, ${indicator.aggregation})`).join(", ")} cannot be combined in one value: add INDICATOR to groupBy`,
        "indicatorsNotCombinable",
      );
    }
  }
}

interface RowJson {
  periodIndex: number | null;
  bucketStart: string;
  from: string;
  until: string;
  indicatorId: number | null;
  category: Indicator["category"] | null;
  unitId: number | null;
  clusterId: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  unitCount: number;
  unitCodes: string[];
}

interface ResultJson {
  indicators: Indicator[];
  unknownIndicators: string[];
  unknownScope: UnknownKeys;
  units: Array<Record<string, unknown> & { id: number }>;
  clusters: Array<Record<string, unknown> & { id: number }>;
}

export async function queryMetrics(prisma: MetricsDatabase, query: MetricQuery): Promise<MetricResult> {
  // the rows (numbers, codes: ASCII) in a column of their own: node-postgres decodes a column with
  // any non-ASCII character (the names of the indicators and units) some fifty times slower
  const [{ result, rows }] = await prisma.$queryRaw<[{ result: ResultJson; rows: RowJson[] }]>`
    ${metricRowCtes(query)}
    SELECT json_build_object(
      'indicators', (SELECT coalesce(json_agg(to_jsonb(i) ORDER BY i."sortOrder", i.code), '[]') FROM ind i),
      'unknownIndicators', (SELECT coalesce(json_agg(k ORDER BY k), '[]') FROM unnest(${query.indicatorCodes ?? []}::text[]) k
                             WHERE k NOT IN (SELECT code FROM ind)),
      'unknownScope', ${unknownScopeKeys(query.scope)},
      'units', ${query.groupBy.has("UNIT") ? Prisma.sql`(SELECT coalesce(json_agg(to_jsonb(u)), '[]') FROM unit u WHERE u.id IN (SELECT unit_id FROM metric_row))` : Prisma.sql`'[]'::json`},
      'clusters', ${query.groupBy.has("CLUSTER") ? Prisma.sql`(SELECT coalesce(json_agg(to_jsonb(c)), '[]') FROM cluster c WHERE c.id IN (SELECT cluster_key FROM metric_row))` : Prisma.sql`'[]'::json`}
    ) AS result,
    ${rowsJson(query.groupBy, query.rowLimit)} AS rows`;
  const [indicator] = result.unknownIndicators;
  if (indicator !== undefined) throw new NotFoundError("Indicator", indicator);
  const [unit] = result.unknownScope.units;
  if (unit !== undefined) throw new NotFoundError("Unit", unit);
  const [cluster] = result.unknownScope.clusters;
  if (cluster !== undefined) throw new NotFoundError("Cluster", String(cluster));
  assertCombinable(result.indicators, query.groupBy);
  if (rows.length > query.rowLimit) throw new MetricRowLimitError(query.rowLimit);
  const indicators = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
  const units = new Map(result.units.map((unit) => [unit.id, reviveRow<Unit>("Unit", unit)]));
  const clusters = new Map(result.clusters.map((cluster) => [cluster.id, reviveRow<Cluster>("Cluster", cluster)]));
  return {
    indicators: result.indicators,
    rows: rows.map((row) => ({
      periodIndex: row.periodIndex,
      bucketStart: parseDay(row.bucketStart),
      from: parseDay(row.from),
      to: addDays(parseDay(row.until), -1),
      indicator: row.indicatorId === null ? null : indicators.get(row.indicatorId)!,
      category: row.category ?? (row.indicatorId === null ? null : indicators.get(row.indicatorId)!.category),
      unit: row.unitId === null ? null : units.get(row.unitId)!,
      cluster: row.clusterId === null ? null : clusters.get(row.clusterId)!,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      observationCount: row.observationCount,
      unitCount: row.unitCount,
      unitCodes: row.unitCodes,
    })),
  };
}
