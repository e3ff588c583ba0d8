// The authorization rules, one place: every field names the scopes it needs (README: "Roles").
import type { AccountRole } from "@thidua/db/prisma-enums";
import type { Context } from "../context.js";
import type { RequestAuth } from "./request-auth.js";
import type { Session } from "./session.js";

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
/** Readers of the roster of every unit; a UNIT_EDITOR reads and writes its own subtree. */
const WHOLE_ROSTER: readonly AccountRole[] = ["ADMIN", "ANALYST"];

/** The role the rules read: none while the account holds a generated or reset password (it may only change it). */
const roleOf = (session: Session | null) => (session && !session.mustChangePassword ? session.role : null);

const inEditorSubtree = async (role: AccountRole | null, unitId: number | null, auth: Pick<RequestAuth, "unitSubtree">) =>
  unitId != null && role === "UNIT_EDITOR" && (await auth.unitSubtree()).has(unitId);

/**
 * Whether the session may hear of a roster change in this unit (null: in no unit), as readRoster
 * and writeUnit decide: ADMIN and ANALYST of every change, a UNIT_EDITOR of its subtree's.
 */
export async function seesUnitChange(session: Session | null, unitId: number | null, auth: Pick<RequestAuth, "unitSubtree">): Promise<boolean> {
  const role = roleOf(session);
  return (role !== null && WHOLE_ROSTER.includes(role)) || (await inEditorSubtree(role, unitId, auth));
}

export function authScopes({ session, auth, prisma }: Context) {
  const role = roleOf(session);
  const saveQueries = role !== null && SAVE_QUERIES.includes(role);
  const ownsSavedQueries = (accountId: number) => role === "ADMIN" || (saveQueries && session?.accountId === accountId);
  const inSubtree = (unitId: number | null) => inEditorSubtree(role, unitId, auth);
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
