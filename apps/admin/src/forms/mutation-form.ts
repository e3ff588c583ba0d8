// A form bound to one mutation: validated as you type with the same zod schema the API parses
// with (@thidua/domain/inputs/*), then the mutation's answer read the same way everywhere —
// a ValidationError's field errors onto their fields, a ConflictError kept for the conflict
// dialog, any other refusal as the form's own error.
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn, useForm } from "react-hook-form";
import type { CombinedError, OperationResult } from "urql";
import type { z } from "zod";
import { isSignedOut } from "../graphql/client.ts";

export interface ServerFieldError {
  path: readonly string[];
  code: string;
  message: string;
}

/** Someone else saved the record since it was read: what it is now, and its version. */
export interface Conflict {
  entity: string;
  current: Record<string, unknown>;
  currentVersion: number;
  expectedVersion: number;
}

/** A refusal that belongs to no field, keyed for translation where it is one we know. */
export type FormFailure =
  | { kind: "forbidden"; reason?: string }
  | { kind: "notFound" }
  | { kind: "signedOut" }
  | { kind: "message"; message: string };

/** The answer a mutation returns: its record, or one of the API's error types. */
interface Answer {
  __typename?: string;
  message?: string;
  reason?: string;
  fieldErrors?: ReadonlyArray<ServerFieldError>;
  current?: unknown;
  currentVersion?: number;
  expectedVersion?: number;
  entity?: string;
}

/** What a submission came to; the caller's onSuccess runs on "saved". */
export type Outcome<Record> =
  | { kind: "saved"; record: Record }
  | { kind: "invalid"; fieldErrors: ServerFieldError[] }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "failed"; failure: FormFailure };

/** Reads one mutation result: the first (only) root field's union answer, or the transport error. */
export function readOutcome<Record>(result: Pick<OperationResult, "data" | "error">, recordType: string): Outcome<Record> {
  if (result.error) return { kind: "failed", failure: failureOf(result.error) };
  const answer = (result.data ? Object.values(result.data)[0] : null) as Answer | null;
  switch (answer?.__typename) {
    case recordType:
      return { kind: "saved", record: answer as Record };
    case "ValidationError":
      return { kind: "invalid", fieldErrors: [...(answer.fieldErrors ?? [])] };
    case "ConflictError":
      return {
        kind: "conflict",
        conflict: {
          entity: answer.entity ?? "",
          current: (answer.current ?? {}) as Conflict["current"],
          currentVersion: answer.currentVersion ?? 0,
          expectedVersion: answer.expectedVersion ?? 0,
        },
      };
    case "ForbiddenError":
      return { kind: "failed", failure: { kind: "forbidden", reason: answer.reason } };
    case "NotFoundError":
      return { kind: "failed", failure: { kind: "notFound" } };
    default:
      return { kind: "failed", failure: { kind: "message", message: answer?.message ?? "" } };
  }
}

function failureOf(error: CombinedError): FormFailure {
  if (isSignedOut(error)) return { kind: "signedOut" };
  // a role or unit outside the account's remit is refused before the input is read
  if (error.graphQLErrors.some((refusal) => refusal.extensions.code === "FORBIDDEN")) return { kind: "forbidden" };
  return { kind: "message", message: error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message };
}

/**
 * Puts the API's field errors on the form's fields (their first path segment names the field;
 * deeper paths, e.g. an outcome's index, stay on their field), and returns those that name none
 * of the form's fields, for the form to show as a whole.
 */
export function applyFieldErrors<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, "setError" | "getValues">,
  fieldErrors: readonly ServerFieldError[],
): ServerFieldError[] {
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: ServerFieldError[] = [];
  for (const error of fieldErrors) {
    const [field] = error.path;
    if (field && known.has(field)) {
      form.setError(field as Path<Values>, { type: error.code, message: error.message }, { shouldFocus: true });
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}

export interface MutationFormOptions<Schema extends z.ZodType<FieldValues, FieldValues>, Record> {
  schema: Schema;
  defaultValues: DefaultValues<z.input<Schema>>;
  /** The GraphQL type the mutation answers with on success, e.g. "Person". */
  recordType: string;
  /** Sends the parsed values (the input the API's schema reads, with database ids). */
  submit(values: z.output<Schema>): Promise<Pick<OperationResult, "data" | "error">>;
  onSaved?(record: Record): void;
}

/**
 * react-hook-form with the domain's zod schema, and what the last submission came to. A form
 * whose schema carries `version` can reapply its values over a conflict: the version becomes the
 * one now saved and the values go again, validated again.
 */
export function useMutationForm<Schema extends z.ZodType<FieldValues, FieldValues>, Record = unknown>({
  schema,
  defaultValues,
  recordType,
  submit,
  onSaved,
}: MutationFormOptions<Schema, Record>) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // the resolver's overloads cannot follow a generic schema; the types are the schema's own
    resolver: zodResolver(schema as unknown as z.ZodType<FieldValues, FieldValues>) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>,
    defaultValues,
    mode: "onTouched",
  });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ServerFieldError[]>([]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setUnplaced([]);
    const outcome = readOutcome<Record>(await submit(values), recordType);
    switch (outcome.kind) {
      case "saved":
        setConflict(null);
        onSaved?.(outcome.record);
        break;
      case "invalid":
        setUnplaced(applyFieldErrors(form, outcome.fieldErrors));
        break;
      case "conflict":
        setConflict(outcome.conflict);
        break;
      case "failed":
        setFailure(outcome.failure);
        break;
    }
  });

  const reapply = useCallback(async () => {
    if (!conflict) return;
    form.setValue("version" as Path<z.input<Schema>>, conflict.currentVersion as never);
    setConflict(null);
    await onSubmit();
  }, [conflict, form, onSubmit]);

  /** Drops the user's change: the form shows the record as now saved, at its current version. */
  const discard = useCallback(
    (saved: z.input<Schema>) => {
      setConflict(null);
      form.reset(saved);
    },
    [form],
  );

  return { form, onSubmit, conflict, reapply, discard, failure, unplaced };
}
