// The scope a write needs, from the units it touches (see the README's role table).

/** An auth scope map of the writeUnit and admin scopes (src/auth/scopes.ts). */
export type WriteScope = { admin: true } | { writeUnit: number } | { $all: { writeUnit: number; $all: WriteScope } };

/**
 * Writing in every one of these units (a transfer touches two): ADMIN, or a UNIT_EDITOR whose
 * subtree holds them all. A record in no unit (a civilian, an event without host) is the admin's.
 */
export function writeUnits(...unitIds: Array<number | null | undefined>): WriteScope {
  const units = [...new Set(unitIds)];
  if (units.length === 0 || units.some((unitId) => unitId == null)) return { admin: true };
  const [last, ...others] = (units as number[]).reverse();
  // a scope map passes when any of its keys does: every unit must, so they nest under $all
  let scope: WriteScope = { writeUnit: last! };
  for (const unitId of others) scope = { $all: { writeUnit: unitId, $all: scope } };
  return scope;
}

/** Only an admin: changes to the ministry's structure (clusters, periods, commendation decisions). */
export const adminOnly = { admin: true } as const satisfies WriteScope;
