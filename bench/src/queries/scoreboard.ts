// The cluster scoreboard: each member's value for ten indicators in a year, its rank in the
// cluster by the indicator's direction, the change on the prior year and the pledged target.
import type { NamedQuery } from "../named-query.js";

const CLUSTER = 1;
const YEAR = 2022;
const INDICATORS = [
  "CASE_CLEARANCE_RATE",
  "CRIMES_RECORDED",
  "SERIOUS_CASE_CLEARANCE_RATE",
  "DRUG_CASES_DETECTED",
  "DRUG_CASE_CLEARANCE_RATE",
  "ECONOMIC_CRIME_CASES",
  "TRAFFIC_ACCIDENTS",
  "TRAFFIC_DEATHS",
  "PERSONNEL_STRENGTH",
  "PARTY_BUILDING_SCORE",
];

interface Entry {
  unit: { code: string };
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  rank: number | null;
  rankedUnits: number;
  previous: { value: number | null };
  absoluteChange: number | null;
  percentChange: number | null;
  smallNumbers: boolean;
  target: number | null;
  targetMet: boolean | null;
}

export const scoreboard: NamedQuery = {
  name: "scoreboard",
  question: `clusterScoreboard(clusterNumber: ${CLUSTER}, year: ${YEAR}) with ten indicators: value, rank, change on ${YEAR - 1}, target`,
  graphql: {
    query: `query Scoreboard($cluster: Int!, $year: Int!, $indicators: [String!]!) {
  clusterScoreboard(clusterNumber: $cluster, year: $year, indicators: $indicators) {
    __typename
    ... on ClusterScoreboard {
      members { code }
      entries {
        unit { code }
        indicator { code }
        value numerator denominator observationCount
        rank rankedUnits
        previous { value }
        absoluteChange percentChange smallNumbers
        target targetMet
      }
    }
    ... on Error { message }
  }
}`,
    variables: { cluster: CLUSTER, year: YEAR, indicators: INDICATORS },
  },
  fromApi(data) {
    const result = data.clusterScoreboard as { __typename: string; message?: string; members: Array<{ code: string }>; entries: Entry[] };
    if (result.__typename !== "ClusterScoreboard") throw new Error(`clusterScoreboard: ${result.__typename} ${result.message}`);
    return { members: result.members.map((member) => member.code), entries: result.entries };
  },
  // Members of the year; each (member, indicator, year) aggregated by the indicator's rule over the
  // finest granularity the member reported that year; ranked by a window; the change and the
  // small-numbers rule computed in the same statement.
  sql: {
    text: `
WITH member AS (
  SELECT u.id, u.code
    FROM cluster c JOIN cluster_membership m ON m."clusterId" = c.id JOIN unit u ON u.id = m."unitId"
   WHERE c.number = $1 AND m."fromYear" <= $2 AND (m."toYear" IS NULL OR m."toYear" >= $2)
), ind AS (
  SELECT * FROM indicator WHERE code = ANY($3::text[])
), graded AS (
  SELECT o."unitId", o."indicatorId", o.year, o."periodStart", o.value, o.numerator, o.denominator, o.granularity,
         min(o.granularity) OVER (PARTITION BY o."unitId", o."indicatorId", o.year) AS finest
    FROM observation o
   WHERE o."indicatorId" IN (SELECT id FROM ind) AND o."unitId" IN (SELECT id FROM member)
     AND o.year IN ($2, $2 - 1) AND o."periodStart" >= make_date($2 - 1, 1, 1) AND o."periodStart" < make_date($2 + 1, 1, 1)
), yearly AS (
  SELECT g."unitId", g."indicatorId", g.year,
         (CASE i.aggregation
            WHEN 'SUM' THEN sum(g.value)
            WHEN 'RATIO_OF_SUMS' THEN 100 * sum(g.numerator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)
                                     / NULLIF(sum(g.denominator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL), 0)
            WHEN 'AVERAGE' THEN avg(g.value)
            WHEN 'MAX' THEN max(g.value)
            WHEN 'MIN' THEN min(g.value)
            WHEN 'LAST' THEN (array_agg(g.value ORDER BY g."periodStart" DESC))[1]
          END)::float8 AS value,
         sum(g.numerator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)::float8 AS numerator,
         sum(g.denominator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)::float8 AS denominator,
         count(*)::int AS observation_count
    FROM graded g JOIN ind i ON i.id = g."indicatorId"
   WHERE g.granularity = g.finest
   GROUP BY g."unitId", g."indicatorId", g.year, i.aggregation
), entry AS (
  SELECT m.code AS unit_code, i.code AS indicator_code, i."sortOrder", i.direction, i.aggregation, i.measure, i."smallNumberThreshold" AS threshold,
         cur.value, cur.numerator, cur.denominator, coalesce(cur.observation_count, 0) AS observation_count,
         prev.value AS previous_value, prev.denominator AS previous_denominator,
         CASE WHEN cur.value IS NOT NULL THEN
           rank() OVER (PARTITION BY i.id, cur.value IS NULL ORDER BY CASE WHEN i.direction = 'LOWER_IS_BETTER' THEN cur.value ELSE -cur.value END)
         END::int AS rank,
         count(cur.value) OVER (PARTITION BY i.id)::int AS ranked_units,
         (SELECT p.target FROM pledge p JOIN movement_period mp ON mp.id = p."periodId" JOIN cluster c ON c.id = mp."clusterId"
           WHERE c.number = $1 AND mp.year = $2 AND p."unitId" = m.id AND p."indicatorId" = i.id ORDER BY mp.id LIMIT 1) AS target
    FROM member m CROSS JOIN ind i
    LEFT JOIN yearly cur ON cur."unitId" = m.id AND cur."indicatorId" = i.id AND cur.year = $2
    LEFT JOIN yearly prev ON prev."unitId" = m.id AND prev."indicatorId" = i.id AND prev.year = $2 - 1
), judged AS (
  SELECT e.*, e.value - e.previous_value AS absolute_change,
         CASE WHEN e.value IS NULL OR e.previous_value IS NULL THEN false
              WHEN e.aggregation = 'RATIO_OF_SUMS' THEN least(coalesce(e.denominator, 0), coalesce(e.previous_denominator, 0)) < e.threshold
              ELSE e.measure = 'COUNT' AND e.previous_value < e.threshold END AS small_numbers
    FROM entry e
)
SELECT unit_code, indicator_code, value, numerator, denominator, observation_count, rank, ranked_units, previous_value,
       absolute_change,
       CASE WHEN small_numbers OR previous_value = 0 THEN NULL ELSE 100 * absolute_change / abs(previous_value) END AS percent_change,
       small_numbers, target,
       CASE WHEN direction = 'LOWER_IS_BETTER' THEN value <= target ELSE value >= target END AS target_met
  FROM judged
 ORDER BY "sortOrder", indicator_code, rank NULLS LAST, unit_code`,
    values: [CLUSTER, YEAR, INDICATORS],
  },
  fromSql(rows) {
    return {
      members: [...new Set(rows.map((row) => row.unit_code as string))].sort(),
      entries: rows.map(
        (row): Entry => ({
          unit: { code: row.unit_code as string },
          indicator: { code: row.indicator_code as string },
          value: row.value as number | null,
          numerator: row.numerator as number | null,
          denominator: row.denominator as number | null,
          observationCount: row.observation_count as number,
          rank: row.rank as number | null,
          rankedUnits: row.ranked_units as number,
          previous: { value: row.previous_value as number | null },
          absoluteChange: row.absolute_change as number | null,
          percentChange: row.percent_change as number | null,
          smallNumbers: row.small_numbers as boolean,
          target: row.target as number | null,
          targetMet: row.target_met as boolean | null,
        }),
      ),
    };
  },
};
