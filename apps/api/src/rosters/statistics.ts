// Roster statistics: how many people served on a day, grouped by any of rank, rank tier, unit,
// cluster, post title, gender and age band — one GROUP BY GROUPING SETS statement, whose empty
// set gives the total. The statement is a tagged template: the parts that vary are Prisma.sql
// fragments chosen from fixed tables below, and every value travels as a parameter.
import { Prisma, type PrismaClient } from "@thidua/db/prisma";
import { type Rank, ranksInTier, rankTiers } from "@thidua/domain/ranks";
import { heldOnSql, inForceOnSql, sqlDay } from "./effective-dates.js";

export const rosterDimensions = ["RANK", "RANK_TIER", "UNIT", "CLUSTER", "POST_TITLE", "GENDER", "AGE_BAND"] as const;
export type RosterDimension = (typeof rosterDimensions)[number];

/** Age on the day, in whole years; null when the birth date is not recorded. */
export const ageBands = ["UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49", "FROM_50_TO_59", "FROM_60"] as const;
export type AgeBand = (typeof ageBands)[number];

export interface RosterGroupRow {
  count: number;
  rank: Rank | null;
  rankTier: (typeof rankTiers)[number] | null;
  unitId: number | null;
  clusterId: number | null;
  postTitle: string | null;
  gender: "MALE" | "FEMALE" | null;
  ageBand: AgeBand | null;
}

export interface RosterStatisticsResult {
  /** People on the roster that day (each once, whatever the groups). */
  total: number;
  groups: RosterGroupRow[];
}

export interface RosterStatisticsQuery {
  asOf: Date;
  groupBy: readonly RosterDimension[];
  /** Only these people (a filter already applied); everyone when null. */
  personIds?: readonly number[] | null;
}

const tierCase = Prisma.sql`CASE ${Prisma.join(
  rankTiers.map((tier) => Prisma.sql`WHEN r.rank::text IN (${Prisma.join(ranksInTier(tier))}) THEN ${tier}`),
  " ",
)} END`;

/** Each dimension: the column of `facts` it groups on, and how its groups sort (rank by the ladder;
 * qualified, as a bare name would sort the text the column is returned as). */
const dimensionSql: Record<RosterDimension, { column: keyof RosterGroupRow; order: Prisma.Sql }> = {
  RANK: { column: "rank", order: Prisma.sql`facts.rank` },
  RANK_TIER: { column: "rankTier", order: Prisma.sql`min(facts.rank)` },
  UNIT: { column: "unitId", order: Prisma.sql`facts."unitId"` },
  CLUSTER: { column: "clusterId", order: Prisma.sql`facts."clusterId"` },
  POST_TITLE: { column: "postTitle", order: Prisma.sql`facts."postTitle"` },
  GENDER: { column: "gender", order: Prisma.sql`facts.gender` },
  AGE_BAND: { column: "ageBand", order: Prisma.sql`min(facts.age)` },
};

/**
 * The roster of `asOf`: officers holding a rank that day and not retired by it. Their unit is the
 * unit assignment in force (null when none is recorded); their cluster, the cluster their unit or
 * a unit above it belonged to that year; their post titles, the posts held that day. A person with
 * two posts (or in two clusters) counts once in each group, and once in the total.
 */
export async function rosterStatistics(prisma: PrismaClient, { asOf, groupBy, personIds }: RosterStatisticsQuery): Promise<RosterStatisticsResult> {
  const dimensions = [...new Set(groupBy)];
  const needs = (...wanted: RosterDimension[]) => wanted.some((dimension) => dimensions.includes(dimension));
  const year = asOf.getUTCFullYear();
  const age = Prisma.sql`date_part('year', age(${sqlDay(asOf)}, p."birthDate"))`;

  const clusterTree = needs("CLUSTER")
    ? Prisma.sql`
      tree AS (
        SELECT id AS "unitId", id AS "ancestorId" FROM unit
        UNION ALL
        SELECT tree."unitId", u."parentId" FROM tree JOIN unit u ON u.id = tree."ancestorId" WHERE u."parentId" IS NOT NULL
      ),
      unit_cluster AS (
        SELECT DISTINCT tree."unitId", m."clusterId" FROM tree
        JOIN cluster_membership m ON m."unitId" = tree."ancestorId" AND m."fromYear" <= ${year} AND (m."toYear" IS NULL OR m."toYear" >= ${year})
      ),`
    : Prisma.empty;
  const optional = (wanted: boolean, sql: Prisma.Sql) => (wanted ? sql : Prisma.empty);
  const onlyThese = personIds ? Prisma.sql`AND o."personId" IN (SELECT unnest(${[...personIds]}::int[]))` : Prisma.empty;
  const columns = dimensions.map((dimension) => Prisma.raw(`"${dimensionSql[dimension].column}"`));
  const groupAndOrder = dimensions.length
    ? Prisma.sql`GROUP BY GROUPING SETS ((${Prisma.join(columns)}), ())
      ORDER BY ${Prisma.join(dimensions.map((dimension) => Prisma.sql`${dimensionSql[dimension].order} NULLS LAST`))}`
    : Prisma.empty;
  const grouped = dimensions.length
    ? Prisma.sql`GROUPING(${Prisma.join(columns)})::int AS total, ${Prisma.join(columns.map((column) => Prisma.sql`${column}::text AS ${column}`))}`
    : Prisma.sql`1 AS total`;

  const rows = await prisma.$queryRaw<Array<Record<string, string | number | null>>>`
    WITH RECURSIVE roster AS (
      SELECT o."personId", g.rank
      FROM officer o JOIN rank_grant g ON g."officerId" = o."personId" AND ${inForceOnSql("g", asOf)}
      WHERE (o."retiredAt" IS NULL OR o."retiredAt" > ${sqlDay(asOf)}) ${onlyThese}
    ),${clusterTree}
    facts AS (
      SELECT r."personId", r.rank
        ${optional(needs("RANK_TIER"), Prisma.sql`, ${tierCase} AS "rankTier"`)}
        ${optional(needs("GENDER"), Prisma.sql`, p.gender`)}
        ${optional(
          needs("AGE_BAND"),
          Prisma.sql`, ${age} AS age, CASE WHEN p."birthDate" IS NULL THEN NULL WHEN ${age} < 30 THEN 'UNDER_30' WHEN ${age} < 40 THEN 'FROM_30_TO_39'
          WHEN ${age} < 50 THEN 'FROM_40_TO_49' WHEN ${age} < 60 THEN 'FROM_50_TO_59' ELSE 'FROM_60' END AS "ageBand"`,
        )}
        ${optional(needs("UNIT", "CLUSTER"), Prisma.sql`, ua."unitId"`)}
        ${optional(needs("CLUSTER"), Prisma.sql`, uc."clusterId"`)}
        ${optional(needs("POST_TITLE"), Prisma.sql`, pa.title AS "postTitle"`)}
      FROM roster r
        -- the person row only for the dimensions read from it: the roster is ~200,000 people
        ${optional(needs("GENDER", "AGE_BAND"), Prisma.sql`JOIN person p ON p.id = r."personId"`)}
        ${optional(needs("UNIT", "CLUSTER"), Prisma.sql`LEFT JOIN unit_assignment ua ON ua."personId" = r."personId" AND ${inForceOnSql("ua", asOf)}`)}
        ${optional(needs("CLUSTER"), Prisma.sql`LEFT JOIN unit_cluster uc ON uc."unitId" = ua."unitId"`)}
        ${optional(needs("POST_TITLE"), Prisma.sql`LEFT JOIN post_assignment pa ON pa."personId" = r."personId" AND ${heldOnSql("pa", asOf)}`)}
    )
    SELECT count(DISTINCT "personId")::int AS count, ${grouped}
    FROM facts
    ${groupAndOrder}`;

  // the grand total is the row where every dimension was rolled up
  const totalRow = rows.find((row) => Number(row.total) !== 0);
  const asRow = (row: Record<string, string | number | null>): RosterGroupRow => ({
    count: Number(row.count),
    rank: (row.rank as Rank | null) ?? null,
    rankTier: (row.rankTier as RosterGroupRow["rankTier"]) ?? null,
    unitId: row.unitId == null ? null : Number(row.unitId),
    clusterId: row.clusterId == null ? null : Number(row.clusterId),
    postTitle: (row.postTitle as string | null) ?? null,
    gender: (row.gender as RosterGroupRow["gender"]) ?? null,
    ageBand: (row.ageBand as AgeBand | null) ?? null,
  });
  return {
    total: Number(totalRow?.count ?? 0),
    groups: dimensions.length ? rows.filter((row) => Number(row.total) === 0).map(asRow) : [],
  };
}
