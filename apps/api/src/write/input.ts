// From a mutation's GraphQL input to the shared zod input of @thidua/domain: the schemas speak in
// database ids and YYYY-MM-DD strings, as the dashboard's forms do.
import type { ObjectRef } from "@pothos/core";
import { getRefFromModel } from "@pothos/plugin-prisma";
import type { z } from "zod";
import { builder } from "../builder.js";
import { ValidationError } from "../errors.js";

/** Parses a mutation's input with the domain's schema; its issues become a ValidationError. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: object): z.output<Schema> {
  const result = schema.safeParse(toDomain(input));
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

/** A global id as the relay plugin decodes it (the input field says which types it accepts). */
interface DecodedGlobalId {
  typename: string;
  id: string;
}

function isDecodedGlobalId(value: object): value is DecodedGlobalId {
  const keys = Object.keys(value);
  return keys.length === 2 && "typename" in value && "id" in value && typeof value.id === "string";
}

/** The database id in a decoded global id; NaN (refused by the schema) when it is not a number. */
export function databaseId(globalId: DecodedGlobalId): number {
  return /^\d+$/.test(globalId.id) ? Number(globalId.id) : Number.NaN;
}

function toDomain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toDomain);
  if (value !== null && typeof value === "object") {
    if (isDecodedGlobalId(value)) return databaseId(value);
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, toDomain(field)]));
  }
  return value;
}

/** A day as the schemas give it (YYYY-MM-DD) to a `@db.Date` column: UTC midnight. */
export function day(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

/** Like `day`, keeping null (cleared) and undefined (left as it is) apart. */
export function optionalDay(text: string | null | undefined): Date | null | undefined {
  return text == null ? text : day(text);
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** What an input type's `fields` callback receives. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">;

/** The models a mutation input may point at. */
export type IdModel =
  | "Unit"
  | "Cluster"
  | "ClusterMembership"
  | "Person"
  | "PostAssignment"
  | "PartyRole"
  | "Event"
  | "EventParticipant"
  | "MovementPeriod"
  | "Pledge"
  | "Indicator"
  | "Observation"
  | "Commendation"
  | "Exemplar"
  | "Initiative";

/**
 * An input field holding the global id of a row of `model`; the relay plugin refuses an id of
 * another type. Models are named rather than their refs imported from the areas' types modules.
 */
export function idOf<Req extends boolean = false>(
  t: InputFields,
  model: IdModel,
  options: { required?: Req; description?: string } = {},
) {
  // the model's ref is an object ref (no area declares one as an interface)
  return t.globalID({ ...options, for: getRefFromModel(model, builder) as ObjectRef<Types, unknown> });
}
