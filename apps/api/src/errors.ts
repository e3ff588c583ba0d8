// Expected failures: thrown by resolvers, returned to clients as typed results (see schema/errors.ts).
import type { z } from "zod";

export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    /** The GraphQL type that was looked up, e.g. "Indicator". */
    readonly entity: string,
    /** The key the caller gave, as given. */
    readonly key: string,
  ) {
    super(`No ${entity} with key "${key}"`);
  }
}

/** One problem with one input field; `path` is relative to the mutation's `input` argument. */
export interface FieldError {
  path: string[];
  message: string;
  /** zod's issue code (too_small, invalid_format…) or, for a domain rule, its reason (notAMember…). */
  code: string;
}

export class ValidationError extends Error {
  override name = "ValidationError";
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(fieldErrors.length === 1 ? fieldErrors[0]!.message : `${fieldErrors.length} fields are not valid`);
  }

  /** The issues of a zod parse, with the reason of a cross-field rule as their code. */
  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
        code: issue.code === "custom" && typeof issue.params?.reason === "string" ? issue.params.reason : issue.code,
      })),
    );
  }

  /** A rule that needs the database (the unit is not a member that year, dates overlap…). */
  static of(path: string | readonly string[], message: string, code: string): ValidationError {
    return new ValidationError([{ path: typeof path === "string" ? [path] : [...path], message, code }]);
  }
}

/**
 * The request is understood and allowed for the caller's role, but the record's state forbids it
 * for everyone (e.g. its movement period is CLOSED). Scope refusals are scope-auth's own errors.
 */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(
    message: string,
    /** A stable reason the dashboard can translate, e.g. periodClosed. */
    readonly reason: string,
  ) {
    super(message);
  }
}

/** An update named a version that is no longer the record's: nothing was written. */
export class ConflictError extends Error {
  override name = "ConflictError";
  constructor(
    /** The GraphQL type of the record, e.g. "Officer". */
    readonly entity: string,
    readonly entityId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    /** The record as it is now, as the audit log shows it, so a client can show both versions. */
    readonly current: unknown,
  ) {
    super(`${entity} ${entityId} was changed by someone else: version ${currentVersion}, not ${expectedVersion}`);
  }
}
