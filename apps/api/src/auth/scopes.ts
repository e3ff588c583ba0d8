// The authorization rules, one place: every field names the scopes it needs (README: "Roles").
import type { AccountRole } from "@thidua/db/prisma-enums";
import type { Context } from "../context.js";

export interface AuthScopes {
  /** Any signed-in account. */
  authenticated: boolean;
  admin: boolean;
  /** People lists, posts, ranks, assignments, raw observations. */
  readRoster: boolean;
  /** Units, clusters, movements, periods, indicators, events, recognition, aggregates. */
  readAggregates: boolean;
  /** Writes in this unit (id): ADMIN, or the UNIT_EDITOR whose subtree holds it. */
  writeUnit: number;
  /** Birth date, service number and contacts of this person (id): ADMIN, or the UNIT_EDITOR of the subtree they serve in today. */
  readPersonalData: number;
  saveQueries: boolean;
  /** Reading a private saved query of this account (id): that account while it may save queries, or ADMIN. */
  savedQueryOwner: number;
  /** Changing or deleting this saved query (id): its owner while it may save queries, or ADMIN. */
  ownSavedQuery: number;
}

const READ_ROSTER: readonly AccountRole[] = ["ADMIN", "UNIT_EDITOR", "ANALYST"];
const SAVE_QUERIES: readonly AccountRole[] = ["ADMIN", "ANALYST"];

export function authScopes({ session, auth, prisma }: Context) {
  // an account holding a generated or reset password may only change it
  const role = session && !session.mustChangePassword ? session.role : null;
  const saveQueries = role !== null && SAVE_QUERIES.includes(role);
  const ownsSavedQueries = (accountId: number) => role === "ADMIN" || (saveQueries && session?.accountId === accountId);
  const inSubtree = async (unitId: number | null) =>
    unitId != null && role === "UNIT_EDITOR" && (await auth.unitSubtree()).has(unitId);
  return {
    authenticated: session !== null,
    admin: role === "ADMIN",
    readRoster: role !== null && READ_ROSTER.includes(role),
    readAggregates: role !== null,
    writeUnit: async (unitId: number) => role === "ADMIN" || (await inSubtree(unitId)),
    readPersonalData: async (personId: number) => role === "ADMIN" || (await inSubtree(await auth.currentUnitOf(personId))),
    saveQueries,
    savedQueryOwner: async (accountId: number) => ownsSavedQueries(accountId),
    ownSavedQuery: async (savedQueryId: number) => {
      const saved = await prisma.savedQuery.findUnique({ where: { id: savedQueryId }, select: { accountId: true } });
      // one that does not exist: the write reports NotFoundError to whoever may save queries
      return saved ? ownsSavedQueries(saved.accountId) : saveQueries;
    },
  } satisfies { [Scope in keyof AuthScopes]: AuthScopes[Scope] extends boolean ? boolean : (parameter: AuthScopes[Scope]) => Promise<boolean> };
}
