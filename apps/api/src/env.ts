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
  /** redis://… : live updates reach the subscribers of every API process sharing it; in-process when unset. */
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);
