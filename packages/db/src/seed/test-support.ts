// Helpers for the seed's tests.
import type { Prisma } from "../generated/prisma/client.js";

/** The client or a transaction: both run raw SQL. */
type Queryable = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/**
 * An md5 of every row of a table (as JSON, without the insert-time timestamps), in a stable
 * order: two seeds that write the same rows give the same checksum.
 */
export async function tableChecksum(prisma: Queryable, table: string): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ checksum: string }>>(
    `SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS checksum
     FROM (SELECT (to_jsonb(t) - 'createdAt' - 'updatedAt')::text AS r FROM "${table}" t) rows`,
  );
  return row!.checksum;
}

/** Runs a count query and returns the number (PostgreSQL counts come back as bigint). */
export async function countOf(prisma: Queryable, sql: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ count: bigint | number }>>(sql);
  return Number(row?.count ?? 0);
}

/** Rank grants that overlap another of the same officer, or leave a gap, or do not climb. */
export function rankHistoryViolations(prisma: Queryable): Promise<number> {
  return countOf(
    prisma,
    `SELECT (SELECT count(*) FROM rank_grant a JOIN rank_grant b ON a."officerId" = b."officerId" AND a.id < b.id
               AND daterange(a."effectiveFrom", a."effectiveTo") && daterange(b."effectiveFrom", b."effectiveTo"))
          + (SELECT count(*) FROM (
               SELECT rank, "effectiveTo", lead(rank) OVER w AS next_rank, lead("effectiveFrom") OVER w AS next_from
               FROM rank_grant WINDOW w AS (PARTITION BY "officerId" ORDER BY "effectiveFrom")) g
             WHERE (next_rank IS NULL AND "effectiveTo" IS NOT NULL)
                OR (next_rank IS NOT NULL AND ("effectiveTo" IS DISTINCT FROM next_from OR next_rank <= rank))) AS count`,
  );
}

/** Cluster-years (movement periods) without exactly one leader, with more than one deputy, or led by a non-member. */
export function leadershipViolations(prisma: Queryable): Promise<number> {
  return countOf(
    prisma,
    `SELECT count(*) FROM movement_period p
     WHERE (SELECT count(*) FROM leadership_term t WHERE t."clusterId" = p."clusterId" AND t.year = p.year AND t.role = 'LEADER') <> 1
        OR (SELECT count(*) FROM leadership_term t WHERE t."clusterId" = p."clusterId" AND t.year = p.year AND t.role = 'DEPUTY_LEADER') > 1
        OR EXISTS (SELECT 1 FROM leadership_term t WHERE t."clusterId" = p."clusterId" AND t.year = p.year AND NOT EXISTS (
             SELECT 1 FROM cluster_membership m WHERE m."clusterId" = t."clusterId" AND m."unitId" = t."unitId"
             AND m."fromYear" <= t.year AND (m."toYear" IS NULL OR t.year <= m."toYear")))`,
  );
}
