// The only reader of process.env in the benchmark.
import { z } from "zod";

const schema = z.object({
  /** An admin connection to the PostgreSQL server the benchmark database is created on. */
  BENCH_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
    .default("postgres://postgres@127.0.0.1:5432/postgres"),
  /** When set, the API process writes a V8 CPU profile (--cpu-prof) into this folder when it stops. */
  BENCH_API_PROFILE_DIR: z.string().trim().min(1).optional(),
});

export const env = schema.parse(process.env);
