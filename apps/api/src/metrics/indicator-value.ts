// One indicator's value over one year for a cluster's members (or one unit), computed in SQL by the
// indicator's own aggregation rule. Rates are 100 × Σnumerator / Σdenominator over every unit-month,
// never the mean of the members' rates: a small unit's 100 % must not weigh like a big unit's 60 %.
import type { MetricsDatabase } from "./aggregate.js";
import { aggregatedValue, countedObservationCte, summedParts } from "./observation-rules.js";

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
 * Which observations count and how they combine: the rules of ./observation-rules.ts (each unit's
 * finest granularity that year; SUM, RATIO_OF_SUMS, AVERAGE, MAX, MIN, or LAST summed over units).
 */
export async function computeIndicatorValue(prisma: MetricsDatabase, input: IndicatorValueInput): Promise<IndicatorValue> {
  const clusterId = "clusterId" in input.scope ? input.scope.clusterId : null;
  const unitId = "unitId" in input.scope ? input.scope.unitId : null;
  const { indicatorId, year } = input;

  const rows = await prisma.$queryRaw<IndicatorValue[]>`
    WITH
    ind AS (SELECT * FROM indicator WHERE id = ${indicatorId}::int),
    yr AS (SELECT ${year}::int AS year),
    scope_probe AS (
      SELECT unit_id, NULL::text AS unit_code, ${year}::int AS first_year, ${year}::int AS last_year, 0 AS cluster_key
        FROM (
          SELECT m."unitId" AS unit_id
            FROM cluster_membership m
           WHERE m."clusterId" = ${clusterId}::int
             AND m."fromYear" <= ${year}::int
             AND (m."toYear" IS NULL OR m."toYear" >= ${year}::int)
          UNION
          SELECT u.id FROM unit u WHERE u.id = ${unitId}::int
        ) member
    ),
    ${countedObservationCte},
    marked AS (
      SELECT c.*, c.period_start = max(c.period_start) OVER (PARTITION BY c.unit_id) AS is_latest FROM counted_observation c
    )
    SELECT ${aggregatedValue} AS value, ${summedParts},
           count(m.unit_id)::int AS "observationCount",
           count(DISTINCT m.unit_id)::int AS "unitCount",
           (SELECT co.value
              FROM cluster_observation co
             WHERE co."clusterId" = ${clusterId}::int
               AND co."indicatorId" = i.id
               AND co.year = ${year}::int
               AND co.granularity = 'YEAR'
             ORDER BY co."periodStart"
             LIMIT 1)::float8 AS "reportedValue"
      FROM ind i
      LEFT JOIN marked m ON TRUE
     GROUP BY i.id, i.aggregation`;

  const [row] = rows;
  if (!row) throw new Error(`Indicator ${indicatorId} vanished while its value was computed`);
  return row;
}
