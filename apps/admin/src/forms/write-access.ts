import { useQuery } from "urql";
import { graphql } from "../graphql/generated/gql.ts";
import type { AccountRole } from "../graphql/generated/graphql.ts";

const WriteAccessQuery = graphql(`
  query WriteAccess {
    me { id role unit { id code } }
  }
`);

export interface WriteAccess {
  role: AccountRole | null;
  /** ADMIN: everything; UNIT_EDITOR: the subtree of its own unit. */
  canWriteIn(unitAndAncestorCodes: ReadonlyArray<string | null | undefined>): boolean;
  /** Only the admin may: cluster-wide records, civilians, the commendation workflow. */
  isAdmin: boolean;
}

/**
 * What the signed-in account may change, to offer only the actions it may take (README: who may
 * change what). The API decides again on every mutation; this only keeps refused buttons away.
 */
export function useWriteAccess(): WriteAccess {
  const [{ data }] = useQuery({ query: WriteAccessQuery });
  const role = data?.me.role ?? null;
  const ownUnit = data?.me.unit?.code ?? null;
  return {
    role,
    isAdmin: role === "ADMIN",
    canWriteIn: (codes) => role === "ADMIN" || (role === "UNIT_EDITOR" && ownUnit !== null && codes.includes(ownUnit)),
  };
}

/** A unit's code and those of the units above it, from a nested `parent { code … }` selection. */
export function unitLineage(unit: { code: string; parent?: unknown } | null | undefined): string[] {
  const codes: string[] = [];
  let current = unit as { code?: string; parent?: unknown } | null | undefined;
  while (current?.code) {
    codes.push(current.code);
    current = current.parent as typeof current;
  }
  return codes;
}
