// Five years of a rate, month by month, for each member of a cluster.
import type { NamedQuery } from "../named-query.js";

const CLUSTER = 101;
const INDICATOR = "CASE_CLEARANCE_RATE";
const FROM = "2020-01-01";
const TO = "2024-12-31";

interface Row {
  bucket: string;
  unit: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
}

export const monthlySeries: NamedQuery = {
  name: "monthly-series",
  question: `metricSeries(${INDICATOR}, cluster ${CLUSTER}, ${FROM}…${TO}, MONTH, groupBy [UNIT, BUCKET]): 60 months × 5 members`,
  graphql: {
    query: `query MonthlySeries($cluster: Int!, $indicator: String!, $from: Date!, $to: Date!) {
  metricSeries(indicators: [$indicator], scope: { clusterNumbers: [$cluster] }, from: $from, to: $to, bucket: MONTH, groupBy: [UNIT, BUCKET]) {
    __typename
    ... on MetricSeries { rows { bucket unit { code } value numerator denominator observationCount } }
    ... on Error { message }
  }
}`,
    variables: { cluster: CLUSTER, indicator: INDICATOR, from: FROM, to: TO },
  },
  fromApi(data) {
    const result = data.metricSeries as { __typename: string; message?: string; rows: Row[] };
    if (result.__typename !== "MetricSeries") throw new Error(`metricSeries: ${result.__typename} ${result.message}`);
    return result.rows;
  },
  // Every month × the members of that month's year; the indicator's observations of those members
  // and years (one index range per member), of the finest granularity each member reported in the
  // year; a figure counts in a month when the whole period it covers lies inside the month.
  sql: {
    text: `
WITH month AS (
  SELECT m::date AS start, (m + interval '1 month')::date AS until
    FROM generate_series($3::date, $4::date, interval '1 month') m
), member AS (
  SELECT mo.start, mo.until, u.id, u.code
    FROM month mo
    JOIN cluster_membership cm ON cm."fromYear" <= extract(year FROM mo.start)::int
     AND (cm."toYear" IS NULL OR cm."toYear" >= extract(year FROM mo.start)::int)
    JOIN cluster c ON c.id = cm."clusterId" AND c.number = $1
    JOIN unit u ON u.id = cm."unitId"
), graded AS (
  SELECT o."unitId", o."periodStart", o.granularity, o.value, o.numerator, o.denominator,
         min(o.granularity) OVER (PARTITION BY o."unitId", o.year) AS finest
    FROM observation o
   WHERE o."indicatorId" = (SELECT id FROM indicator WHERE code = $2)
     AND o."unitId" = ANY (ARRAY(SELECT DISTINCT id FROM member))
     AND o.year BETWEEN $5 AND $6 AND o."periodStart" >= make_date($5, 1, 1) AND o."periodStart" < make_date($6 + 1, 1, 1)
)
SELECT to_char(m.start, 'YYYY-MM') AS bucket, m.code,
       (100 * sum(g.numerator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)
            / NULLIF(sum(g.denominator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL), 0))::float8 AS value,
       sum(g.numerator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)::float8 AS numerator,
       sum(g.denominator) FILTER (WHERE g.numerator IS NOT NULL AND g.denominator IS NOT NULL)::float8 AS denominator,
       count(g."unitId")::int AS observation_count
  FROM member m
  LEFT JOIN graded g ON g."unitId" = m.id AND g.granularity = g.finest AND g."periodStart" >= m.start
   AND g."periodStart" + CASE g.granularity WHEN 'MONTH' THEN interval '1 month' WHEN 'QUARTER' THEN interval '3 months' ELSE interval '1 year' END <= m.until
 GROUP BY m.start, m.code
 ORDER BY m.start, m.code`,
    values: [CLUSTER, INDICATOR, FROM, TO, Number(FROM.slice(0, 4)), Number(TO.slice(0, 4))],
  },
  fromSql(rows) {
    return rows.map(
      (row): Row => ({
        bucket: row.bucket as string,
        unit: { code: row.code as string },
        value: row.value as number | null,
        numerator: row.numerator as number | null,
        denominator: row.denominator as number | null,
        observationCount: row.observation_count as number,
      }),
    );
  },
};
