// Building blocks of the input schemas. Conventions, shared by the API and the dashboard forms:
// - ids are database ids (positive integers); the API decodes GraphQL global ids before parsing;
// - every update of an editable row carries the `version` the client read (optimistic concurrency);
// - in updates, an absent field is left as it is, and null (or a blank string) clears an optional one;
// - names are NFC with single spaces; dates are real calendar dates as YYYY-MM-DD strings;
// - a cross-field issue has code "custom" and a stable `params.reason` the dashboard can translate.
import { z } from "zod";
import { dataSources } from "../enums.ts";
import { normalizeName, normalizeText } from "../text.ts";

export const id = z.int("Expected an id").positive("Expected an id");

/** The version of the row the client read; a stale one is refused by the API. */
export const version = z.int("Expected a version").positive("Expected a version");

/** A calendar year of the People's Public Security's records (founded 1945). */
export const year = z.int("Expected a year").min(1945, "Year 1945 or later").max(2100, "Year 2100 or earlier");

export const isoDate = z.iso.date("Use a real date as YYYY-MM-DD");

/** A name or title: NFC, trimmed, inner white space collapsed, never empty. */
export function name(max = 200) {
  return z.string().overwrite(normalizeName).min(1, { error: "Required", abort: true }).max(max, `At most ${max} characters`);
}

/** Free text (note, summary, description): NFC, trimmed, line breaks kept. */
export function longText(max = 4000) {
  return z.string().overwrite(normalizeText).min(1, { error: "Required", abort: true }).max(max, `At most ${max} characters`);
}

/** An optional string field: a blank string (an emptied form field) counts as null. */
export function blankable<Out>(schema: z.ZodType<Out, string>) {
  return z
    .string()
    .transform((value) => (value.trim() === "" ? null : value))
    .pipe(schema.nullable())
    .nullish();
}

export const optionalName = (max = 200) => blankable(name(max));
export const optionalText = (max = 4000) => blankable(longText(max));
export const optionalDate = blankable(isoDate);

/** A unit's stable code, e.g. CATP-HP. */
export const unitCode = z
  .string()
  .trim()
  .max(32, "At most 32 characters")
  .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, "Use uppercase letters, digits and hyphens, e.g. CATP-HP");

/** A catalog code (indicator, movement), e.g. CASE_CLEARANCE_RATE, VI_ANTQ. */
export const catalogCode = z
  .string()
  .trim()
  .max(64, "At most 64 characters")
  .regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, "Use uppercase letters, digits and underscores, e.g. VI_ANTQ");

/** A stable key from a source, e.g. vu-thanh-chuong. */
export const slugKey = z
  .string()
  .trim()
  .max(100, "At most 100 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and hyphens, e.g. vu-thanh-chuong");

/** The number of a decision (quyết định), e.g. 1234/QĐ-BCA. */
export const decisionNumber = name(64).regex(/\d/u, "A decision number has digits, e.g. 1234/QĐ-BCA");

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "At most 254 characters")
  .regex(z.regexes.email, "Not an email address");

export const phone = z
  .string()
  .trim()
  .regex(/^\+?\d[\d .-]{5,19}$/u, "Not a phone number");

/** Where an entered row comes from; synthetic rows are written by the seed, never through the API. */
export const enteredDataSource = z.enum(dataSources).exclude(["SYNTHETIC_DEMO", "SYNTHETIC_SCALE"]);

/** A reference to an editable row: enough to delete, deactivate or remove it. */
export const versionedRefInput = z.object({ id, version });
export type VersionedRefInput = z.infer<typeof versionedRefInput>;

type Ctx = z.core.$RefinementCtx<unknown>;

/** Reports a cross-field issue at `path`, with a reason code for translation. */
export function fail(ctx: Ctx, path: PropertyKey[], message: string, reason: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { reason } });
}

/** An update must change something besides the keys that name the row. */
export function requireChange(keys: readonly string[] = ["id", "version"]) {
  return (value: object, ctx: Ctx) => {
    if (Object.entries(value).every(([key, field]) => keys.includes(key) || field === undefined)) {
      fail(ctx, [], "Nothing to change", "nothingToChange");
    }
  };
}

/** `to` may not come before `from`; works for ISO dates and years alike. */
export function requireOrdered<T extends string | number>(
  ctx: Ctx,
  from: T | null | undefined,
  to: T | null | undefined,
  toPath: string,
): void {
  if (from != null && to != null && to < from) fail(ctx, [toPath], "Ends before it starts", "endsBeforeStart");
}

/** Exactly one of the given fields is set (e.g. a unit or an outside organisation). */
export function requireExactlyOne(ctx: Ctx, value: Record<string, unknown>, keys: readonly string[]): void {
  const set = keys.filter((key) => value[key] != null);
  if (set.length !== 1) {
    fail(ctx, [keys[0] ?? ""], `Give exactly one of ${keys.join(", ")}`, "exactlyOne");
  }
}
