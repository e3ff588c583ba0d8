// Who may use what, as the API decides it (apps/api/src/auth/scopes.ts; README: roles). The
// dashboard only hides what a role cannot use; the API refuses it either way.
import type { AccountRole } from "../graphql/generated/graphql.ts";

export type { AccountRole };

/** Every role: units, clusters, indicators and their aggregates, events, recognition. */
export const everyone: readonly AccountRole[] = ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"];
/** People, posts, ranks and raw observations (the API's readRoster scope). */
export const rosterReaders: readonly AccountRole[] = ["ADMIN", "UNIT_EDITOR", "ANALYST"];
/** Writes: an ADMIN anywhere, a UNIT_EDITOR inside its own unit's subtree. */
export const editors: readonly AccountRole[] = ["ADMIN", "UNIT_EDITOR"];
/** Accounts and the audit log. */
export const adminsOnly: readonly AccountRole[] = ["ADMIN"];

/**
 * The roles that may read each top-level field of the API a widget can depend on. A widget that
 * names its fields is shown only to the roles that may read all of them.
 */
export const apiFieldReaders = {
  cluster: everyone,
  clusters: everyone,
  unit: everyone,
  units: everyone,
  indicator: everyone,
  indicators: everyone,
  indicatorValue: everyone,
  metricValue: everyone,
  metricSeries: everyone,
  metricComparison: everyone,
  clusterScoreboard: everyone,
  reportingCompleteness: everyone,
  rosterStatistics: everyone,
  events: everyone,
  event: everyone,
  participants: everyone,
  movements: everyone,
  periods: everyone,
  commendations: everyone,
  exemplars: everyone,
  initiatives: everyone,
  people: rosterReaders,
  person: rosterReaders,
  posts: rosterReaders,
  postHolders: rosterReaders,
  rankGrants: rosterReaders,
  observations: rosterReaders,
  accounts: adminsOnly,
  auditLog: adminsOnly,
} as const satisfies Record<string, readonly AccountRole[]>;

export type ApiField = keyof typeof apiFieldReaders;

export function mayRead(role: AccountRole, fields: readonly ApiField[]): boolean {
  return fields.every((field) => apiFieldReaders[field].includes(role));
}
