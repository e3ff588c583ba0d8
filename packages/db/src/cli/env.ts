// The db package's one reader of process.env (its CLIs and test helpers import from here).
import { z } from "zod";

const schema = z.object({
  /** Unset: the embedded PGlite in ./data/pglite; see parseDatabaseUrl for the other forms. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || !/^postgres(ql)?:/i.test(value) || URL.canParse(value), {
      message: "a postgres:// DATABASE_URL must be a valid URL, e.g. postgres://user@127.0.0.1:5432/thidua",
    }),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment for @thidua/db:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
