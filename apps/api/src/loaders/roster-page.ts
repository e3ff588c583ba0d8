// The roster's usual page: people serving on a day in a set of units and/or holding one of a set of
// ranks (and whose names contain some words), by name, with the total. Prisma writes each condition
// as an EXISTS probe per person and the total as a second statement, and PostgreSQL then reads every
// person; here the sets are read through their own indexes and intersected first, and the page and
// the total come from one statement (pnpm bench, roster-page: bench/RESULTS.md).
import { type Rank, ranks } from "@thidua/domain/ranks";
import { Prisma } from "@thidua/db/prisma";
import type { RawReads } from "./raw-reads.js";

export interface RosterSets {
  /** The day the assignments and rank grants are read on. */
  day: Date;
  /** Serving that day in one of these units. */
  unitIds?: readonly number[] | undefined;
  /** Holding one of these ranks that day. */
  ranks?: readonly Rank[] | undefined;
  /** Folded words that must all occur in the person's searchKey. */
  words?: readonly string[] | undefined;
}

export interface RosterPageRequest {
  /** Rows wanted (a connection asks for one more than its page, to know whether more follow). */
  limit: number;
  /** The page starts after this person, in the order (fullName, id). */
  afterId: number | null;
}

const inForceOn = (alias: string, day: Date) =>
  Prisma.sql`${Prisma.raw(alias)}."effectiveFrom" <= ${day}::date AND (${Prisma.raw(alias)}."effectiveTo" IS NULL OR ${Prisma.raw(alias)}."effectiveTo" > ${day}::date)`;

/** The people of the sets, with their names: `named (id, "fullName")`, or null when a set is empty. */
function namedPeople(sets: RosterSets): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (sets.unitIds) {
    if (sets.unitIds.length === 0) return null;
    parts.push(Prisma.sql`SELECT ua."personId" FROM unit_assignment ua
      WHERE ua."unitId" = ANY(ARRAY[${Prisma.join(sets.unitIds)}]::int[]) AND ${inForceOn("ua", sets.day)}`);
  }
  if (sets.ranks) {
    if (sets.ranks.length === 0) return null;
    // literals, not parameters: the planner then knows how many grants hold them (the ranks are
    // checked against the ladder, so nothing from a request reaches the SQL text unchecked)
    const literals = sets.ranks.map((rank) => {
      if (!ranks.includes(rank)) throw new Error(`Not a rank: ${rank}`);
      return Prisma.raw(`'${rank}'`);
    });
    parts.push(Prisma.sql`SELECT g."officerId" FROM rank_grant g
      WHERE g.rank IN (${Prisma.join(literals)}) AND ${inForceOn("g", sets.day)}`);
  }
  if (parts.length === 0) throw new Error("A roster page needs a unit or a rank set");
  const words = (sets.words ?? []).map((word) => Prisma.sql`AND strpos(p."searchKey", ${word}) > 0`);
  // each name read by its key (null when the words are missing): a join would have the planner walk
  // every person to merge them with the set
  return Prisma.sql`WITH matching (id) AS MATERIALIZED (${Prisma.join(parts, " INTERSECT ")}),
    named AS MATERIALIZED (
      SELECT m.id, (SELECT p."fullName" FROM person p WHERE p.id = m.id ${words.length ? Prisma.join(words, " ") : Prisma.empty}) AS "fullName"
        FROM matching m)`;
}

/** One page of person ids in the order (fullName, id), and how many people the sets hold in all. */
export async function loadRosterPage(prisma: RawReads, sets: RosterSets, request: RosterPageRequest): Promise<{ ids: number[]; total: number }> {
  const named = namedPeople(sets);
  if (!named || request.limit <= 0) return { ids: [], total: named ? await countRoster(prisma, sets) : 0 };
  const after =
    request.afterId == null ? Prisma.empty : Prisma.sql`AND (n."fullName", n.id) > (SELECT "fullName", id FROM person WHERE id = ${request.afterId})`;
  const [row] = await prisma.$queryRaw<Array<{ total: number; ids: number[] }>>`
    ${named}
    SELECT (SELECT count("fullName")::int FROM named) AS total,
           coalesce((SELECT array_agg(page.id ORDER BY page."fullName", page.id)
                       FROM (SELECT n.id, n."fullName" FROM named n WHERE n."fullName" IS NOT NULL ${after} ORDER BY n."fullName", n.id LIMIT ${request.limit}) page), '{}') AS ids`;
  return { ids: (row?.ids ?? []).map(Number), total: Number(row?.total ?? 0) };
}

/** How many people the sets hold. */
export async function countRoster(prisma: RawReads, sets: RosterSets): Promise<number> {
  const named = namedPeople(sets);
  if (!named) return 0;
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`${named} SELECT count("fullName")::int AS total FROM named`;
  return Number(row?.total ?? 0);
}
