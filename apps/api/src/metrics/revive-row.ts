// A table row that came back inside a JSON value (to_jsonb) made into the object Prisma would have
// returned, so the schema's Unit and Cluster types resolve it without another statement.
import { getDatamodel } from "@thidua/db/pothos-types";

const models = getDatamodel().datamodel.models;
const dateTimeFields = new Map<string, readonly string[]>();

function dateTimeFieldsOf(model: string): readonly string[] {
  let fields = dateTimeFields.get(model);
  if (!fields) {
    const definition = models[model];
    if (!definition) throw new Error(`No model ${model} in the data model`);
    fields = definition.fields.filter((field) => field.kind === "scalar" && field.type === "DateTime").map((field) => field.name);
    dateTimeFields.set(model, fields);
  }
  return fields;
}

/** JSON writes a `date` as 2022-01-01 and a `timestamp` (UTC, as Prisma stores it) without a zone. */
function parseTimestamp(text: string): Date {
  if (!text.includes("T")) return new Date(`${text}T00:00:00Z`);
  return new Date(/(Z|[+-]\d\d(:?\d\d)?)$/.test(text) ? text : `${text}Z`);
}

export function reviveRow<Row>(model: string, json: Record<string, unknown>): Row {
  const row: Record<string, unknown> = { ...json };
  for (const field of dateTimeFieldsOf(model)) {
    const value = row[field];
    if (typeof value === "string") row[field] = parseTimestamp(value);
  }
  return row as Row;
}
