// The roster's view lives in the address, so that a view can be bookmarked, shared and reloaded:
// ?search=…&unit=CATP-HP&cluster=1&rankFrom=THIEU_TA&rankTo=DAI_TA&post=giam doc&asOf=2022-11-23
// &sort=-name&person=<id>. This module reads and writes those parameters and turns them into the
// API's PersonFilter; the API folds case and diacritics, so text goes out as typed.
import { type Rank, ranks } from "@thidua/domain/ranks";
import type { PeopleOrderBy, PersonFilter } from "../../graphql/generated/graphql.ts";

export interface RosterView {
  search: string | null;
  /** A unit code: people serving in it or any unit below it. */
  unit: string | null;
  /** A cluster number: people serving in a member unit (or below one) in asOf's year. */
  cluster: number | null;
  rankFrom: Rank | null;
  rankTo: Rank | null;
  /** Words of a post title, e.g. "giam doc". */
  post: string | null;
  /** The day the roster is read on; null: today. */
  asOf: string | null;
  sort: { field: "FULL_NAME"; direction: "ASC" | "DESC" };
}

export const rosterParamNames = ["search", "unit", "cluster", "rankFrom", "rankTo", "post", "asOf", "sort"] as const;

const text = (value: string | null) => value?.trim() || null;
const rank = (value: string | null): Rank | null => (ranks.includes(value as Rank) ? (value as Rank) : null);
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const positiveInt = (value: string | null) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null);

/** The view an address names; anything malformed is left out rather than refused. */
export function readRosterView(params: URLSearchParams): RosterView {
  return {
    search: text(params.get("search")),
    unit: text(params.get("unit")),
    cluster: positiveInt(params.get("cluster")),
    rankFrom: rank(params.get("rankFrom")),
    rankTo: rank(params.get("rankTo")),
    post: text(params.get("post")),
    asOf: day(params.get("asOf")),
    sort: { field: "FULL_NAME", direction: params.get("sort") === "-name" ? "DESC" : "ASC" },
  };
}

/** The address parameters with `changes` applied (null removes one); others are kept. */
export function withRosterParams(
  params: URLSearchParams,
  changes: Partial<Record<(typeof rosterParamNames)[number] | "person", string | null>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value == null || value === "") next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** How many filters (beyond the search) narrow the view: for the "clear filters" affordance. */
export function activeFilterCount(view: RosterView): number {
  return [view.unit, view.cluster, view.rankFrom, view.rankTo, view.post, view.asOf].filter((value) => value != null).length;
}

/** The API's filter for a view; null when nothing but the search narrows it. */
export function personFilterOf(view: RosterView): PersonFilter | null {
  const conditions: PersonFilter[] = [];
  if (view.unit) conditions.push({ unit: { within: { code: { eq: view.unit } } } });
  if (view.cluster) conditions.push({ unit: { within: { cluster: { number: { eq: view.cluster } } } } });
  if (view.rankFrom || view.rankTo) {
    conditions.push({ rank: { ...(view.rankFrom ? { gte: view.rankFrom } : {}), ...(view.rankTo ? { lte: view.rankTo } : {}) } });
  }
  if (view.post) conditions.push({ post: { title: { contains: view.post } } });
  if (conditions.length === 0) return null;
  return conditions.length === 1 ? (conditions[0] as PersonFilter) : { and: conditions };
}

export function orderByOf(view: RosterView): PeopleOrderBy[] {
  return [{ field: view.sort.field, direction: view.sort.direction }];
}
