// The only reader of process.env in the API: every setting is validated here once, at start.
import { z } from "zod";

const schema = z.object({
  /** Unset: the embedded PGlite in ./data/pglite; `memory://`, `pglite:<dir>` or `postgres://…` otherwise. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** A session ends after this long without a request (renewed as it is used)… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  /** …and this long after sign-in, used or not. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  /** Secure session cookies (HTTPS only); on unless NODE_ENV is development or test. */
  SESSION_COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  /** Failed sign-ins allowed per account, and per client address, within the window. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** The GraphQL endpoint's limits (README: "Limits"). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(16),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(1).default(1000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(500_000),
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** The first admin, created at start unless an account has this email already (both or neither). */
  THIDUA_ADMIN_EMAIL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  THIDUA_ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  /** redis://… : live updates reach the subscribers of every API process sharing it; in-process when unset. */
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema
  .refine((value) => (value.THIDUA_ADMIN_EMAIL === undefined) === (value.THIDUA_ADMIN_PASSWORD === undefined), {
    message: "Set both THIDUA_ADMIN_EMAIL and THIDUA_ADMIN_PASSWORD, or neither",
    path: ["THIDUA_ADMIN_PASSWORD"],
  })
  .parse(process.env);
