// Headcount on a day by unit and rank, for every unit: the roster statistics an analyst pulls for
// a year-end report.
import type { NamedQuery } from "../named-query.js";

const AS_OF = "2024-06-30";

interface Group {
  unit: { code: string } | null;
  rank: string | null;
  count: number;
}

export const rosterStats: NamedQuery = {
  name: "roster-stats",
  question: `rosterStatistics(asOf: ${AS_OF}, groupBy: [UNIT, RANK]) over every unit: ~195,000 officers on the roster, ~14,200 groups`,
  graphql: {
    query: `query RosterStats($asOf: Date!) {
  rosterStatistics(asOf: $asOf, groupBy: [UNIT, RANK]) {
    total
    groups { unit { code } rank count }
  }
}`,
    variables: { asOf: AS_OF },
  },
  fromApi(data) {
    const result = data.rosterStatistics as { total: number; groups: Group[] };
    return result;
  },
  // The roster of the day (officers not retired, with the rank grant in force), their unit
  // assignment in force, counted per (unit, rank) and in total by one GROUPING SETS.
  sql: {
    text: `
SELECT GROUPING(ua."unitId", g.rank)::int AS rolled_up, u.code, g.rank::text AS rank, count(DISTINCT o."personId")::int AS count
  FROM officer o
  JOIN rank_grant g ON g."officerId" = o."personId" AND g."effectiveFrom" <= $1::date AND (g."effectiveTo" IS NULL OR g."effectiveTo" > $1::date)
  LEFT JOIN unit_assignment ua ON ua."personId" = o."personId" AND ua."effectiveFrom" <= $1::date AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > $1::date)
  LEFT JOIN unit u ON u.id = ua."unitId"
 WHERE o."retiredAt" IS NULL OR o."retiredAt" > $1::date
 GROUP BY GROUPING SETS ((ua."unitId", u.code, g.rank), ())
 ORDER BY ua."unitId" NULLS LAST, g.rank NULLS LAST`,
    values: [AS_OF],
  },
  fromSql(rows) {
    return {
      total: (rows.find((row) => row.rolled_up !== 0)?.count as number | undefined) ?? 0,
      groups: rows
        .filter((row) => row.rolled_up === 0)
        .map((row): Group => ({ unit: row.code === null ? null : { code: row.code as string }, rank: row.rank as string | null, count: row.count as number })),
    };
  },
};
