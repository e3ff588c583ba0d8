// Where-clauses shared by several areas: word search, effective dates, cluster years.
import { searchKey } from "@thidua/domain/text";

/** Every word of the search must occur in the row's folded `searchKey` ("tran duong" finds Trần Văn Dương). */
export function matchesSearch(search: string | null | undefined) {
  const words = search ? searchKey(search).split(" ").filter(Boolean) : [];
  return { AND: words.map((word) => ({ searchKey: { contains: word } })) };
}

const notEndedBy = (day: Date) => ({ OR: [{ effectiveTo: null }, { effectiveTo: { gt: day } }] });

/** Posts and party roles held on `day`: begun on or before it (or since before our records), not yet ended. */
export function heldOn(day: Date | null | undefined) {
  if (!day) return {};
  return { AND: [{ OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: day } }] }, notEndedBy(day)] };
}

/** Unit assignments and rank grants (whose start is always known) in force on `day`. */
export function inForceOn(day: Date | null | undefined) {
  if (!day) return {};
  return { AND: [{ effectiveFrom: { lte: day } }, notEndedBy(day)] };
}

/** Calendar years are stored as days; a year's events fall in [1 Jan, 1 Jan next year). */
export function withinYear(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Memberships run from fromYear to toYear inclusive, open-ended when toYear is null. */
export function memberIn(year: number) {
  return { fromYear: { lte: year }, OR: [{ toYear: null }, { toYear: { gte: year } }] };
}
