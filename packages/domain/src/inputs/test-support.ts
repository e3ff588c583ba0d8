// For the input tests: the issues a schema reports, as "path: reason" for cross-field rules
// (params.reason) and "path: code" for zod's own.
import type { z } from "zod";

export function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const what = issue.code === "custom" ? String(issue.params?.reason) : issue.code;
    return `${issue.path.join(".")}: ${what}`;
  });
}

/** Parses input that must be valid, failing the test with zod's own message otherwise. */
export function parsed<T extends z.ZodType>(schema: T, input: z.input<T>): z.output<T> {
  return schema.parse(input);
}
