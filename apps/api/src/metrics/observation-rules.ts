// The two rules every metric statement shares: which observations count, and how they combine.
import { Prisma } from "@thidua/db/prisma";

/**
 * CTE `counted_observation`: the observations of the indicators in CTE `ind` by the units of CTE
 * `scope_probe(unit_id, unit_code, first_year, last_year, cluster_key)` in the years they are in
 * scope, with the scope's columns and the days each covers as [period_start, period_until).
 *
 * Within one (indicator, unit, year) only the finest granularity reported counts: months, else
 * quarters, else the yearly figure; so a unit that sent both its months and a yearly total is never
 * counted twice, and whether a figure counts never depends on the range asked for (a year's twelve
 * monthly buckets add up to its yearly bucket). Periods are calendar dates: no time zone enters.
 *
 * Read per scope row and indicator: LATERAL … OFFSET 0 keeps the planner from hashing the whole
 * indicator; each probe is one range of the unique index (indicatorId, unitId, granularity,
 * periodStart) per granularity, whatever the size of the table.
 */
export const countedObservationCte = Prisma.sql`
  counted_observation AS (
    SELECT indicator_id, unit_id, unit_code, cluster_key, year, period_start, period_until, value, numerator, denominator
      FROM (
        SELECT i.id AS indicator_id, s.unit_id, s.unit_code, s.cluster_key, o.year, o."periodStart" AS period_start,
               (o."periodStart" + CASE o.granularity WHEN 'MONTH' THEN interval '1 month'
                                                     WHEN 'QUARTER' THEN interval '3 months'
                                                     ELSE interval '1 year' END)::date AS period_until,
               o.value, o.numerator, o.denominator, o.granularity,
               min(o.granularity) OVER (PARTITION BY i.id, s.unit_id, o.year, s.cluster_key) AS finest
          FROM scope_probe s
          CROSS JOIN ind i
          JOIN LATERAL (
            SELECT * FROM observation o
             WHERE o."indicatorId" = i.id AND o."unitId" = s.unit_id
               AND o.year BETWEEN s.first_year AND s.last_year AND o.year IN (SELECT year FROM yr)
               AND o.granularity IN ('MONTH', 'QUARTER', 'YEAR')
               AND o."periodStart" >= make_date(s.first_year, 1, 1) AND o."periodStart" < make_date(s.last_year + 1, 1, 1)
            OFFSET 0
          ) o ON TRUE
      ) graded
     WHERE granularity = finest
  )`;

/**
 * The value of a group of counted observations (columns value, numerator, denominator, is_latest)
 * by the group's aggregation rule (column `aggregation`, which must be a grouping key):
 * - SUM: Σ value.
 * - RATIO_OF_SUMS: 100 × Σ numerator / Σ denominator over the observations that carry both; never
 *   the mean of the members' rates (a small unit's 100 % must not weigh like a big unit's 60 %).
 * - AVERAGE, MAX, MIN: over every observation of the group.
 * - LAST: each unit's value of its latest period in the group, summed over the units (a stock).
 */
export const aggregatedValue = Prisma.sql`
  (CASE aggregation
     WHEN 'SUM' THEN sum(value)
     WHEN 'RATIO_OF_SUMS' THEN 100 * sum(numerator) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL)
                              / NULLIF(sum(denominator) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL), 0)
     WHEN 'AVERAGE' THEN avg(value)
     WHEN 'MAX' THEN max(value)
     WHEN 'MIN' THEN min(value)
     WHEN 'LAST' THEN sum(value) FILTER (WHERE is_latest)
   END)::float8`;

/** Σ numerator and Σ denominator of the observations that carry both (null when none does). */
export const summedParts = Prisma.sql`
  sum(numerator) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL)::float8 AS numerator,
  sum(denominator) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL)::float8 AS denominator`;
