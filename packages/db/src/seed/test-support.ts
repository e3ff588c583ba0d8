// Helpers for the seed's tests.
import type { PrismaClient } from "../generated/prisma/client.js";

/**
 * An md5 of every row of a table (as JSON, without the insert-time timestamps), in a stable
 * order: two seeds that write the same rows give the same checksum.
 */
export async function tableChecksum(prisma: PrismaClient, table: string): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ checksum: string }>>(
    `SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS checksum
     FROM (SELECT (to_jsonb(t) - 'createdAt' - 'updatedAt')::text AS r FROM "${table}" t) rows`,
  );
  return row!.checksum;
}

/** Runs a count query and returns the number (PostgreSQL counts come back as bigint). */
export async function countOf(prisma: PrismaClient, sql: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ count: bigint | number }>>(sql);
  return Number(row?.count ?? 0);
}
