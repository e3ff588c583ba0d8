// Nested connections paginated in SQL. Prisma (and so Pothos' relatedConnection) loads a nested
// page by reading every related row of the page's parents and slicing in JavaScript: for 20 units
// with their first 5 officers it reads all their officers. `loadNestedPages` reads, in one
// statement, at most `limit` rows per parent: a LATERAL subquery with ORDER BY … LIMIT for each
// parent id. Cursors are keyset conditions on the same order keys.
import { Prisma, type PrismaClient } from "@thidua/db/prisma";

/** One order key: an SQL expression over the child row `c` that is never null. */
export interface NestedOrderKey {
  key: Prisma.Sql;
  direction: "asc" | "desc";
}

/** Where a parent's children are: the child table (aliased c), links, and how they are ordered. */
export interface NestedSource {
  /** The child table, e.g. Prisma.sql`post_assignment`; its rows are `c` and have an integer id. */
  table: Prisma.Sql;
  /** Joins from `c` to a link table, when the parent is reached through one (e.g. unit_assignment l). */
  join?: Prisma.Sql;
  /** The parent's id as seen from the row, e.g. Prisma.sql`c."unitId"`. */
  parent: Prisma.Sql;
  /** Further conditions (effective dates, titles). */
  where?: Prisma.Sql[];
  /** The order of a page; c.id follows as the last key, in the last key's direction. */
  orderBy: NestedOrderKey[];
}

export interface NestedPageRequest {
  parentIds: readonly number[];
  /** Rows wanted per parent (a connection asks for one more than its page, to know if more follow). */
  limit: number;
  /** Read backwards: the rows before the cursor (or the last rows), still returned in order. */
  backward: boolean;
  /** The child id of the cursor; the page starts after it (before it when backward). */
  cursor?: number | null;
}

const flip = (direction: "asc" | "desc"): "asc" | "desc" => (direction === "asc" ? "desc" : "asc");

function keysOf(source: NestedSource): NestedOrderKey[] {
  const last = source.orderBy[source.orderBy.length - 1]?.direction ?? "asc";
  return [...source.orderBy, { key: Prisma.sql`c.id`, direction: last }];
}

const orderSql = (keys: NestedOrderKey[], alias: (index: number) => Prisma.Sql) =>
  Prisma.join(
    keys.map(({ direction }, index) => Prisma.sql`${alias(index)} ${Prisma.raw(direction === "asc" ? "ASC" : "DESC")}`),
    ", ",
  );

/**
 * (k0 > cur.k0) OR (k0 = cur.k0 AND k1 > cur.k1) OR …, with < for descending keys: the rows after
 * the cursor row in the order `keys`.
 */
function afterCursor(keys: NestedOrderKey[]): Prisma.Sql {
  const cursorKey = (index: number) => Prisma.raw(`cur.k${index}`);
  const branches = keys.map((_key, index) => {
    const equal = keys.slice(0, index).map(({ key }, before) => Prisma.sql`${key} = ${cursorKey(before)}`);
    const beyond = Prisma.sql`${keys[index]!.key} ${Prisma.raw(keys[index]!.direction === "asc" ? ">" : "<")} ${cursorKey(index)}`;
    return Prisma.sql`(${Prisma.join([...equal, beyond], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

/** Child ids per parent id, each list in page order: one SQL statement however many parents. */
export async function loadNestedPages(prisma: PrismaClient, source: NestedSource, request: NestedPageRequest): Promise<Map<number, number[]>> {
  const pages = new Map<number, number[]>(request.parentIds.map((id) => [id, []]));
  if (request.parentIds.length === 0 || request.limit <= 0) return pages;
  const natural = keysOf(source);
  // reading backwards is reading forwards in the reverse order; the outer query restores the order
  const reading = request.backward ? natural.map(({ key, direction }) => ({ key, direction: flip(direction) })) : natural;
  const selectKeys = Prisma.join(
    natural.map(({ key }, index) => Prisma.sql`${key} AS ${Prisma.raw(`k${index}`)}`),
    ", ",
  );
  const hasCursor = request.cursor != null;
  const cursorRow = hasCursor
    ? Prisma.sql`CROSS JOIN (SELECT ${selectKeys} FROM ${source.table} c WHERE c.id = ${request.cursor}) cur`
    : Prisma.empty;
  const conditions = [Prisma.sql`${source.parent} = p.parent`, ...(source.where ?? []), ...(hasCursor ? [afterCursor(reading)] : [])];
  const rows = await prisma.$queryRaw<Array<{ parentId: number; childId: number }>>`
    SELECT p.parent AS "parentId", page.k${Prisma.raw(String(natural.length - 1))} AS "childId"
    FROM unnest(ARRAY[${Prisma.join(request.parentIds)}]::int[]) WITH ORDINALITY AS p(parent, position)
    CROSS JOIN LATERAL (
      SELECT ${selectKeys}
      FROM ${source.table} c ${source.join ?? Prisma.empty} ${cursorRow}
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${orderSql(reading, (index) => reading[index]!.key)}
      LIMIT ${request.limit}
    ) page
    ORDER BY p.position, ${orderSql(natural, (index) => Prisma.raw(`page.k${index}`))}`;
  for (const row of rows) pages.get(Number(row.parentId))?.push(Number(row.childId));
  return pages;
}

/** How many children each parent has (all of them, not a page): one GROUP BY statement. */
export async function countNested(prisma: PrismaClient, source: NestedSource, parentIds: readonly number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>(parentIds.map((id) => [id, 0]));
  if (parentIds.length === 0) return counts;
  const rows = await prisma.$queryRaw<Array<{ parentId: number; count: number }>>`
    SELECT ${source.parent} AS "parentId", count(*)::int AS count
    FROM ${source.table} c ${source.join ?? Prisma.empty}
    WHERE ${Prisma.join([Prisma.sql`${source.parent} IN (${Prisma.join(parentIds)})`, ...(source.where ?? [])], " AND ")}
    GROUP BY 1`;
  for (const row of rows) counts.set(Number(row.parentId), Number(row.count));
  return counts;
}
