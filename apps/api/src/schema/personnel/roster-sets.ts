// When a `people` list can take the roster loader's path (src/loaders/roster-page.ts): its filter
// names only the unit and the rank (or tier) held on the day, besides the search words, and it is
// read in its own order (by name). Any other list goes through Prisma.
import { type Rank, ranks, ranksInTier, rankTiers } from "@thidua/domain/ranks";
import { searchKey } from "@thidua/domain/text";
import type { Context } from "../../context.js";
import type { RosterSets } from "../../loaders/roster-page.js";
import { asOfDay } from "../../rosters/as-of.js";
import type { FilterValue } from "../filters/entity-filter.js";
import { filterScope } from "../filters/folded-text.js";
import { matchingValues, type Operators } from "../filters/operators.js";
import { UnitFilter } from "../units/filters.js";

interface PeopleArgs {
  search?: string | null;
  filter?: FilterValue | null;
  orderBy?: readonly unknown[] | null;
  asOf?: Date | null;
}

const ROSTER_KEYS = new Set(["unit", "rank", "rankTier"]);

/** The ranks an operator set allows, or undefined when it sets none; null when it tests for no rank. */
function allowedRanks<T extends string>(operators: Operators<T> | null | undefined, order: readonly T[], expand: (value: T) => readonly Rank[]) {
  if (!operators) return undefined;
  const { isNull, ...rest } = operators;
  if (isNull != null) return null;
  if (!Object.values(rest).some((value) => value != null)) return undefined;
  return matchingValues(rest, order).flatMap(expand);
}

const sets = new WeakMap<object, Promise<RosterSets | null>>();

/** The roster sets of a `people` list's arguments, or null when Prisma must read it; once per list. */
export function rosterSetsOf(context: Context, args: PeopleArgs): Promise<RosterSets | null> {
  let found = sets.get(args);
  if (!found) {
    found = compileRosterSets(context, args);
    sets.set(args, found);
  }
  return found;
}

async function compileRosterSets(context: Context, args: PeopleArgs): Promise<RosterSets | null> {
  const filter = args.filter ?? {};
  const given = Object.entries(filter).filter(([, value]) => value != null);
  if (args.orderBy?.length || given.length === 0 || given.some(([key]) => !ROSTER_KEYS.has(key))) return null;
  const byRank = allowedRanks(filter.rank as Operators<Rank> | undefined, ranks, (rank) => [rank]);
  const byTier = allowedRanks(filter.rankTier as Operators<(typeof rankTiers)[number]> | undefined, rankTiers, ranksInTier);
  if (byRank === null || byTier === null) return null;
  const day = asOfDay(args.asOf);
  const unit = filter.unit as FilterValue | undefined;
  const scope = filterScope(context, day);
  const unitIds = unit ? await scope.unitIds(await UnitFilter.compile(unit, scope)) : undefined;
  const rankSet = byRank && byTier ? byRank.filter((rank) => byTier.includes(rank)) : (byRank ?? byTier);
  if (!unitIds && !rankSet) return null;
  const words = args.search ? searchKey(args.search).split(" ").filter(Boolean) : [];
  return { day, unitIds, ranks: rankSet, words };
}
