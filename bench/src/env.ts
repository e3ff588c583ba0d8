// The only reader of process.env in the benchmark.
import { z } from "zod";

const schema = z.object({
  /** An admin connection to the PostgreSQL server the benchmark database is created on. */
  BENCH_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
    .default("postgres://postgres@127.0.0.1:5432/postgres"),
});

export const env = schema.parse(process.env);
