// One indicator's value over one year for a cluster's members (or one unit), computed in SQL by the
// indicator's own aggregation rule. Rates are 100 × Σnumerator / Σdenominator over every unit-month,
// never the mean of the members' rates: a small unit's 100 % must not weigh like a big unit's 60 %.
import type { PrismaClient } from "@thidua/db/prisma";

export type IndicatorScope = { clusterId: number } | { unitId: number };

export interface IndicatorValueInput {
  indicatorId: number;
  year: number;
  scope: IndicatorScope;
}

export interface IndicatorValue {
  /** Exact (unrounded); null when no unit reported the indicator that year. */
  value: number | null;
  /** Σ numerator and Σ denominator of the observations used (rates); null when they carry none. */
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  /** Units that reported at least one observation used. */
  unitCount: number;
  /** The figure published for the whole cluster that year, when there is one (cluster scope only). */
  reportedValue: number | null;
}

/**
 * Which observations count: for each unit in scope, those of its finest granularity that year
 * (months; else quarters; else the yearly figure), so a unit is never counted twice.
 *
 * How they combine (Indicator.aggregation):
 * - SUM: Σ value.
 * - RATIO_OF_SUMS: 100 × Σ numerator / Σ denominator, over observations that carry both.
 * - AVERAGE, MAX, MIN: over all observations used.
 * - LAST: each unit's value of its latest period, summed over the units (a stock at year end).
 */
export async function computeIndicatorValue(prisma: PrismaClient, input: IndicatorValueInput): Promise<IndicatorValue> {
  const clusterId = "clusterId" in input.scope ? input.scope.clusterId : null;
  const unitId = "unitId" in input.scope ? input.scope.unitId : null;
  const { indicatorId, year } = input;

  const rows = await prisma.$queryRaw<IndicatorValue[]>`
    WITH scope_unit AS (
      SELECT m."unitId" AS unit_id
        FROM cluster_membership m
       WHERE m."clusterId" = ${clusterId}::int
         AND m."fromYear" <= ${year}::int
         AND (m."toYear" IS NULL OR m."toYear" >= ${year}::int)
      UNION
      SELECT u.id FROM unit u WHERE u.id = ${unitId}::int
    ),
    candidate AS (
      SELECT o."unitId" AS unit_id, o."periodStart" AS period_start, o.value, o.numerator, o.denominator,
             CASE o.granularity WHEN 'MONTH' THEN 1 WHEN 'QUARTER' THEN 2 ELSE 3 END AS fineness
        FROM observation o
        JOIN scope_unit s ON s.unit_id = o."unitId"
       WHERE o."indicatorId" = ${indicatorId}::int AND o.year = ${year}::int
    ),
    used AS (
      SELECT * FROM (
        SELECT c.*, min(c.fineness) OVER (PARTITION BY c.unit_id) AS finest FROM candidate c
      ) ranked
       WHERE fineness = finest
    ),
    rate_part AS (
      SELECT sum(numerator) AS numerator, sum(denominator) AS denominator
        FROM used
       WHERE numerator IS NOT NULL AND denominator IS NOT NULL
    ),
    latest AS (
      SELECT DISTINCT ON (unit_id) value FROM used ORDER BY unit_id, period_start DESC
    )
    SELECT
      CASE i.aggregation
        WHEN 'SUM' THEN (SELECT sum(value) FROM used)
        WHEN 'RATIO_OF_SUMS' THEN (SELECT 100 * numerator / NULLIF(denominator, 0) FROM rate_part)
        WHEN 'AVERAGE' THEN (SELECT avg(value) FROM used)
        WHEN 'MAX' THEN (SELECT max(value) FROM used)
        WHEN 'MIN' THEN (SELECT min(value) FROM used)
        WHEN 'LAST' THEN (SELECT sum(value) FROM latest)
      END::float8 AS value,
      (SELECT numerator FROM rate_part)::float8 AS numerator,
      (SELECT denominator FROM rate_part)::float8 AS denominator,
      (SELECT count(*) FROM used)::int AS "observationCount",
      (SELECT count(DISTINCT unit_id) FROM used)::int AS "unitCount",
      (SELECT co.value
         FROM cluster_observation co
        WHERE co."clusterId" = ${clusterId}::int
          AND co."indicatorId" = i.id
          AND co.year = ${year}::int
          AND co.granularity = 'YEAR'
        ORDER BY co."periodStart"
        LIMIT 1)::float8 AS "reportedValue"
    FROM indicator i
    WHERE i.id = ${indicatorId}::int`;

  const [row] = rows;
  if (!row) throw new Error(`Indicator ${indicatorId} vanished while its value was computed`);
  return row;
}
