// The endpoint's limits, each overridable by an environment variable (README: "Limits").
import { env } from "../env.js";

export const LIMITS = {
  /** Nesting of fields in one operation (fragments count as what they contain). */
  depth: env.GRAPHQL_MAX_DEPTH,
  /** Aliased fields in one operation (`a: unit(…) b: unit(…)` is two). */
  aliases: env.GRAPHQL_MAX_ALIASES,
  /** Lexical tokens of the query text. */
  tokens: env.GRAPHQL_MAX_TOKENS,
  /** Directives in one operation. */
  directives: env.GRAPHQL_MAX_DIRECTIVES,
  /** Estimated fields to resolve: each list counts its page size (first/last, literal or variable). */
  cost: env.GRAPHQL_MAX_COST,
  /** Bytes of a request body (a 10,000-row CSV import is about 1 MB). */
  bodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
} as const;

/** The header a request must carry unless a browser would preflight it (see useCSRFPrevention). */
export const CSRF_HEADER = "x-graphql-yoga-csrf";
