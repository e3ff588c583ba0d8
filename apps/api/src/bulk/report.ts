// What an import answers: every problem of every row, so a file can be fixed in one pass.
import type { z } from "zod";

export interface RowError {
  /** The file's line (the header is 1), as a spreadsheet numbers rows. */
  row: number;
  /** The column's name in the documented header; null for the row (or the file) as a whole. */
  column: string | null;
  /** Stable and translatable: the zod issue code, the domain's reason, or one of the import's own. */
  code: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  /** Whether the rows were written (never when there are errors, never on a dry run). */
  committed: boolean;
  /** Entities written: officers or observations. */
  created: number;
  errors: RowError[];
}

/** zod's issues of one row, reported on the columns the fields came from. */
export function issuesToErrors(
  row: number,
  issues: readonly z.core.$ZodIssue[],
  columnOf: (path: readonly PropertyKey[]) => string | null,
): RowError[] {
  return issues.map((issue) => ({
    row,
    column: columnOf(issue.path),
    code: issue.code === "custom" && typeof issue.params?.reason === "string" ? issue.params.reason : issue.code,
    message: issue.message,
  }));
}
