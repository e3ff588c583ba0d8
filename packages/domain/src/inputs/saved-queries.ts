// Analysts' saved GraphQL queries, private or shared with other accounts.
import { z } from "zod";
import { id, name, optionalText, requireChange, version } from "./common.ts";

const savedQuery = z.object({
  name: name(120),
  description: optionalText(2000),
  /** the GraphQL document as written; the API parses and validates it against the schema */
  query: z.string("Expected a GraphQL query").trim().min(1, "Required").max(100_000, "At most 100,000 characters"),
  variables: z.record(z.string(), z.unknown()).nullish(),
  shared: z.boolean(),
});

export const createSavedQueryInput = savedQuery.extend({ shared: savedQuery.shape.shared.default(false) });
export type CreateSavedQueryInput = z.infer<typeof createSavedQueryInput>;

export const updateSavedQueryInput = savedQuery.partial().extend({ id, version }).superRefine(requireChange());
export type UpdateSavedQueryInput = z.infer<typeof updateSavedQueryInput>;
