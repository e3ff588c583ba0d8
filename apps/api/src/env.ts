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
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);
