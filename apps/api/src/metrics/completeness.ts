// Reporting completeness: for a cluster's members and a range, which indicators each member has
// not reported for which periods (months, quarters or years), and the share that was reported.
import type { Cluster, Indicator, Unit } from "@thidua/db/prisma";
import { Prisma } from "@thidua/db/prisma";
import { NotFoundError } from "../errors.js";
import type { MetricsDatabase } from "./aggregate.js";
import { type Bucket, type DayRange, formatDay, parseDay } from "./calendar.js";
import { reviveRow } from "./revive-row.js";
import { scopeCtes } from "./scope.js";

export interface CompletenessInput {
  clusterNumber: number;
  range: DayRange;
  granularity: Bucket;
  /** Indicator codes; every indicator when null. */
  indicatorCodes: readonly string[] | null;
}

export interface Counts {
  expected: number;
  reported: number;
  /** reported / expected; null when nothing was expected. */
  ratio: number | null;
}

export interface ReportingGap {
  unit: Unit;
  indicator: Indicator;
  /** First days of the periods with no report, in order. */
  missing: Date[];
}

export interface Completeness extends Counts {
  cluster: Cluster;
  /** The periods expected: every whole period of the granularity inside the range, by first day. */
  periods: Date[];
  units: Array<Counts & { unit: Unit }>;
  gaps: ReportingGap[];
}

const monthsIn: Record<Bucket, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/**
 * A period is reported for a (member, indicator) when observations lying inside it cover every one
 * of its months: a quarter by its quarterly figure or by its three months. A coarser figure never
 * covers a finer period (a yearly total says nothing about March). A unit is expected in the
 * periods of the years it is a member.
 */
export async function reportingCompleteness(prisma: MetricsDatabase, input: CompletenessInput): Promise<Completeness> {
  const field = input.granularity.toLowerCase();
  const months = monthsIn[input.granularity];
  const step = `${months} months`;
  const [first, last] = [formatDay(input.range.from), formatDay(input.range.to)];
  const which = input.indicatorCodes === null ? Prisma.sql`TRUE` : Prisma.sql`code = ANY(${input.indicatorCodes}::text[])`;
  const [{ result }] = await prisma.$queryRaw<
    [
      {
        result: {
          cluster: Record<string, unknown> | null;
          unknownIndicators: string[];
          indicators: Indicator[];
          periods: string[];
          units: Array<Counts & { unit: Record<string, unknown> }>;
          gaps: Array<{ unitId: number; indicatorId: number; missing: string[] }>;
        };
      },
    ]
  >`
    WITH RECURSIVE
    ind AS (SELECT * FROM indicator WHERE ${which}),
    expected_period AS (
      SELECT b::date AS period_start, (b + ${step}::interval)::date AS period_until, extract(year FROM b)::int AS year
        FROM generate_series(date_trunc(${field}, ${first}::timestamp), ${last}::timestamp, ${step}::interval) b
       WHERE b::date >= ${first}::date AND (b + ${step}::interval)::date <= ${last}::date + 1
    ),
    yr AS (SELECT DISTINCT year FROM expected_period),
    ${scopeCtes({ clusterNumbers: [input.clusterNumber] }, { byCluster: false })},
    expected AS (
      SELECT s.unit_id, i.id AS indicator_id, e.period_start, e.period_until, e.year
        FROM expected_period e
        JOIN scope_unit s ON s.year = e.year
        CROSS JOIN ind i
    ),
    reported AS (
      SELECT e.unit_id, e.indicator_id, e.period_start
        FROM expected e
        JOIN observation o ON o."indicatorId" = e.indicator_id AND o."unitId" = e.unit_id AND o.year = e.year
                          AND o."periodStart" >= e.period_start AND o."periodStart" < e.period_until
                          AND o.granularity <= ${input.granularity}::"Granularity"
        CROSS JOIN LATERAL (
          SELECT o."periodStart" + CASE o.granularity WHEN 'MONTH' THEN interval '1 month'
                                                      WHEN 'QUARTER' THEN interval '3 months'
                                                      ELSE interval '1 year' END AS until
        ) span
        CROSS JOIN LATERAL generate_series(o."periodStart", span.until - interval '1 month', interval '1 month') covered (month)
       WHERE span.until <= e.period_until
       GROUP BY e.unit_id, e.indicator_id, e.period_start
      HAVING count(DISTINCT covered.month) = ${months}::int
    ),
    cell AS (
      SELECT e.*, r.unit_id IS NOT NULL AS is_reported
        FROM expected e
        LEFT JOIN reported r USING (unit_id, indicator_id, period_start)
    )
    SELECT json_build_object(
      'cluster', (SELECT to_jsonb(c) FROM cluster c WHERE c.number = ${input.clusterNumber}::int),
      'unknownIndicators', (SELECT coalesce(json_agg(k ORDER BY k), '[]') FROM unnest(${input.indicatorCodes ?? []}::text[]) k
                             WHERE k NOT IN (SELECT code FROM ind)),
      'indicators', (SELECT coalesce(json_agg(to_jsonb(i) ORDER BY i."sortOrder", i.code), '[]') FROM ind i),
      'periods', (SELECT coalesce(json_agg(period_start ORDER BY period_start), '[]') FROM expected_period),
      'units', (SELECT coalesce(json_agg(json_build_object('unit', to_jsonb(u), 'expected', t.expected, 'reported', t.reported) ORDER BY u.code), '[]')
                  FROM (SELECT unit_id, count(*)::int AS expected, count(*) FILTER (WHERE is_reported)::int AS reported
                          FROM cell GROUP BY unit_id) t
                  JOIN unit u ON u.id = t.unit_id),
      'gaps', (SELECT coalesce(json_agg(json_build_object('unitId', g.unit_id, 'indicatorId', g.indicator_id, 'missing', g.missing)
                                        ORDER BY u.code, i."sortOrder", i.code), '[]')
                 FROM (SELECT unit_id, indicator_id, array_agg(period_start ORDER BY period_start) AS missing
                         FROM cell WHERE NOT is_reported GROUP BY unit_id, indicator_id) g
                 JOIN unit u ON u.id = g.unit_id
                 JOIN ind i ON i.id = g.indicator_id)
    ) AS result`;

  if (!result.cluster) throw new NotFoundError("Cluster", String(input.clusterNumber));
  const [unknown] = result.unknownIndicators;
  if (unknown !== undefined) throw new NotFoundError("Indicator", unknown);
  const indicators = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
  const units = result.units.map(({ unit, expected, reported }) => ({ unit: reviveRow<Unit>("Unit", unit), ...counts(expected, reported) }));
  const unitsById = new Map(units.map(({ unit }) => [unit.id, unit]));
  const expected = units.reduce((sum, unit) => sum + unit.expected, 0);
  const reported = units.reduce((sum, unit) => sum + unit.reported, 0);
  return {
    cluster: reviveRow<Cluster>("Cluster", result.cluster),
    ...counts(expected, reported),
    periods: result.periods.map(parseDay),
    units,
    gaps: result.gaps.map((gap) => ({ unit: unitsById.get(gap.unitId)!, indicator: indicators.get(gap.indicatorId)!, missing: gap.missing.map(parseDay) })),
  };
}

const counts = (expected: number, reported: number): Counts => ({ expected, reported, ratio: expected === 0 ? null : reported / expected });
