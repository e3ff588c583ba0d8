// Which units a metric covers, year by year. A cluster's members change from year to year, so the
// scope is a set of (unit, year) pairs: an observation counts when its unit is in scope in the
// observation's own year. One SQL fragment serves every metric statement.
import { Prisma } from "@thidua/db/prisma";

/** Exactly one selector is given (the GraphQL input MetricScope checks it). */
export interface MetricScope {
  /** These units, whatever their clusters. */
  unitCodes?: readonly string[] | null;
  /** This unit and every unit below it. */
  unitSubtree?: string | null;
  /** The members of these clusters, in each year. */
  clusterNumbers?: readonly number[] | null;
  /** The members of every cluster, in each year. */
  allClusters?: boolean | null;
}

export interface ScopeOptions {
  /**
   * Tag each (unit, year) with the cluster it belongs to that year, one row per membership, for
   * grouping by cluster. A cluster scope keeps to its own clusters; units outside every cluster
   * get cluster_key 0. Without it every (unit, year) appears once, so nothing is counted twice.
   */
  byCluster: boolean;
  /** Take cluster members of this year for every year (a scoreboard's members, followed back in time). */
  membersOfYear?: number;
}

/** Keys the request named that do not exist, found by the same statement. */
export interface UnknownKeys {
  units: string[];
  clusters: number[];
}

const memberIn = (year: Prisma.Sql) =>
  Prisma.sql`m."fromYear" <= ${year} AND (m."toYear" IS NULL OR m."toYear" >= ${year})`;

/**
 * CTEs, for the years in the CTE `yr(year)` which the caller defines first:
 * - `scope_unit(unit_id, unit_code, year, cluster_key)`: who is in scope, year by year;
 * - `scope_probe(unit_id, unit_code, first_year, last_year, cluster_key)`: the same rows folded
 *   into spans of years where nothing changes from year to year (a unit scope without clusters:
 *   one row per unit), so that observations are read with as few index probes as possible;
 * - `scope_base`, `scope_root` for unit scopes.
 * Start the statement with WITH RECURSIVE (a subtree walks the unit tree). MATERIALIZED: the few
 * scope rows drive the observation probes; inlined, the planner would probe every unit there is.
 */
export function scopeCtes(scope: MetricScope, options: ScopeOptions): Prisma.Sql {
  const clusters = scope.clusterNumbers ?? (scope.allClusters ? null : undefined);
  if (clusters !== undefined) {
    const membershipYear = options.membersOfYear === undefined ? Prisma.sql`y.year` : Prisma.sql`${options.membersOfYear}::int`;
    const clusterKey = options.byCluster ? Prisma.sql`m."clusterId"` : Prisma.sql`0`;
    const which = clusters === null ? Prisma.sql`TRUE` : Prisma.sql`c.number = ANY(${clusters}::int[])`;
    return Prisma.sql`
      scope_unit AS MATERIALIZED (
        SELECT DISTINCT m."unitId" AS unit_id, u.code AS unit_code, y.year, ${clusterKey} AS cluster_key
          FROM yr y
          JOIN cluster_membership m ON ${memberIn(membershipYear)}
          JOIN cluster c ON c.id = m."clusterId"
          JOIN unit u ON u.id = m."unitId"
         WHERE ${which}
      ),
      scope_probe AS (SELECT unit_id, unit_code, year AS first_year, year AS last_year, cluster_key FROM scope_unit)`;
  }
  const units =
    scope.unitSubtree != null
      ? Prisma.sql`
      scope_root AS (
        SELECT id FROM unit WHERE code = ${scope.unitSubtree}
        UNION ALL
        SELECT child.id FROM unit child JOIN scope_root parent ON child."parentId" = parent.id
      ),
      scope_base AS MATERIALIZED (SELECT u.id, u.code FROM unit u JOIN scope_root r ON r.id = u.id),`
      : Prisma.sql`
      scope_base AS MATERIALIZED (SELECT u.id, u.code FROM unit u WHERE u.code = ANY(${scope.unitCodes ?? []}::text[])),`;
  const tagged = options.byCluster
    ? Prisma.sql`
      SELECT DISTINCT b.id, b.code, y.year, coalesce(m."clusterId", 0)
        FROM scope_base b CROSS JOIN yr y
        LEFT JOIN cluster_membership m ON m."unitId" = b.id AND ${memberIn(Prisma.sql`y.year`)}`
    : Prisma.sql`SELECT b.id, b.code, y.year, 0 FROM scope_base b CROSS JOIN yr y`;
  const probe = options.byCluster
    ? Prisma.sql`SELECT unit_id, unit_code, year, year, cluster_key FROM scope_unit`
    : Prisma.sql`SELECT b.id, b.code, (SELECT min(year) FROM yr), (SELECT max(year) FROM yr), 0 FROM scope_base b`;
  return Prisma.sql`${units}
      scope_unit (unit_id, unit_code, year, cluster_key) AS MATERIALIZED (${tagged}),
      scope_probe (unit_id, unit_code, first_year, last_year, cluster_key) AS MATERIALIZED (${probe})`;
}

/** A JSON value `{ units: [...], clusters: [...] }` of the scope's keys that match nothing. */
export function unknownScopeKeys(scope: MetricScope): Prisma.Sql {
  const units = scope.unitSubtree != null ? [scope.unitSubtree] : (scope.unitCodes ?? []);
  const clusters = scope.clusterNumbers ?? [];
  return Prisma.sql`json_build_object(
    'units', (SELECT coalesce(json_agg(k ORDER BY k), '[]') FROM unnest(${units}::text[]) k
               WHERE NOT EXISTS (SELECT 1 FROM unit WHERE code = k)),
    'clusters', (SELECT coalesce(json_agg(k ORDER BY k), '[]') FROM unnest(${clusters}::int[]) k
               WHERE NOT EXISTS (SELECT 1 FROM cluster WHERE number = k)))`;
}
