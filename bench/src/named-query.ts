// A benchmark query: the GraphQL an analyst would send, and the best SQL written by hand for the
// same answer. Both answers are brought to one plain shape so that they can be compared.
import type { GraphQLRequest } from "./api-server.js";

export interface NamedQuery {
  name: string;
  /** One line for the results table: what the question is. */
  question: string;
  graphql: GraphQLRequest;
  /** The answer from the response's `data`. */
  fromApi(data: Record<string, unknown>): unknown;
  sql: { text: string; values: unknown[] };
  /** The answer from the statement's rows. */
  fromSql(rows: Array<Record<string, unknown>>): unknown;
}

/** Relative tolerance for floats: the two sides may add the same numbers in another order. */
const EPSILON = 1e-9;

/** The first place where two answers differ (a path and both values), or null when they agree. */
export function firstDifference(api: unknown, sql: unknown, path = "answer"): string | null {
  if (typeof api === "number" && typeof sql === "number") {
    const scale = Math.max(1, Math.abs(api), Math.abs(sql));
    return Math.abs(api - sql) <= EPSILON * scale ? null : `${path}: API ${api}, SQL ${sql}`;
  }
  if (Array.isArray(api) && Array.isArray(sql)) {
    if (api.length !== sql.length) return `${path}: API has ${api.length} items, SQL ${sql.length}`;
    for (let index = 0; index < api.length; index++) {
      const difference = firstDifference(api[index], sql[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (api && sql && typeof api === "object" && typeof sql === "object" && !Array.isArray(api) && !Array.isArray(sql)) {
    const keys = [...new Set([...Object.keys(api), ...Object.keys(sql)])].sort();
    for (const key of keys) {
      const difference = firstDifference((api as Record<string, unknown>)[key], (sql as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(api, sql) ? null : `${path}: API ${JSON.stringify(api)}, SQL ${JSON.stringify(sql)}`;
}
