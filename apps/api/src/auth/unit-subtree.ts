// Unit trees and where people serve, as the authorization scopes need them.
import type { PrismaClient } from "@thidua/db/prisma";

/** The unit and every unit below it (recursive on unit.parentId). */
export async function unitSubtree(prisma: PrismaClient, unitId: number): Promise<ReadonlySet<number>> {
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`
    WITH RECURSIVE subtree(id) AS (
      SELECT id FROM unit WHERE id = ${unitId}
      UNION
      SELECT child.id FROM unit child JOIN subtree ON child."parentId" = subtree.id
    )
    SELECT id FROM subtree`;
  return new Set(rows.map((row) => Number(row.id)));
}

/** Each person's unit today (the assignment in force), for many people in one statement. */
export async function currentUnitsOf(prisma: PrismaClient, personIds: readonly number[]): Promise<Map<number, number>> {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const assignments = await prisma.unitAssignment.findMany({
    where: {
      personId: { in: [...personIds] },
      effectiveFrom: { lte: today },
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: today } }],
    },
    // the latest wins should two overlap
    orderBy: [{ personId: "asc" }, { effectiveFrom: "asc" }],
    select: { personId: true, unitId: true },
  });
  return new Map(assignments.map((assignment) => [assignment.personId, assignment.unitId]));
}
