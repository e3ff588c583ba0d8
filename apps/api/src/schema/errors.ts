import { builder } from "../builder.js";
import { ConflictError, type FieldError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

// Argument validation failures of queries (zod) are not typed here: they are GraphQL errors with
// the validation message, like any other malformed request. Mutations parse their input after
// authorization and return a ValidationError with a path per field.

/** Every typed failure implements Error, so a client can always ask `... on Error { message }`. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure, returned as data instead of a GraphQL error.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "Nothing exists under a key the request named.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString("entity", { description: "The kind of thing looked up, e.g. Indicator." }),
    key: t.exposeString("key", { description: "The key as the request gave it." }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldError>("FieldError").implement({
  description: "What is wrong with one input field.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Where in the input, e.g. ["numerator"]; empty for the input as a whole.' }),
    message: t.exposeString("message"),
    code: t.exposeString("code", {
      description: "zod's issue code (too_small, invalid_format…) or a domain rule's reason (notAMember, datesOverlap…), for translation.",
    }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input breaks a rule: of its shape (the shared zod schema) or of the data (e.g. overlapping dates).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldErrorRef], resolve: (error) => [...error.fieldErrors] }),
  }),
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The record's state forbids the change for everyone, e.g. its movement period is CLOSED.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString("reason", { description: "e.g. periodClosed" }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "Someone changed the record since the version the request names; nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString("entity", { description: "The record's type, e.g. Officer." }),
    expectedVersion: t.exposeInt("expectedVersion", { description: "The version the request named." }),
    currentVersion: t.exposeInt("currentVersion", { description: "The record's version now: read it again and retry." }),
    current: t.field({
      type: "JSON",
      description: "The record as it is now, as the audit log shows it, to set beside the one the client edited.",
      resolve: (error) => error.current,
    }),
  }),
});

/** The typed failures of every mutation. */
export const writeErrors = [ValidationError, NotFoundError, ForbiddenError, ConflictError];
