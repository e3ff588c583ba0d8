import { GraphQLError } from "graphql";
import { builder } from "../builder.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-11-23" → that day at UTC midnight; rejects impossible days such as 2022-02-30. */
export function parseDay(text: string): Date {
  const match = DAY.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got "${text}"`);
  }
  return day;
}

builder.scalarType("Date", {
  description: "A calendar day in ISO 8601, YYYY-MM-DD (no time, no time zone).",
  serialize: (day) => day.toISOString().slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== "string") throw new GraphQLError("Date must be a string YYYY-MM-DD");
    return parseDay(value);
  },
});

builder.scalarType("DateTime", {
  description: "An instant in ISO 8601 with time zone, e.g. 2022-11-23T08:00:00.000Z.",
  serialize: (instant) => instant.toISOString(),
  parseValue: (value) => {
    const instant = typeof value === "string" ? new Date(value) : null;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return instant;
  },
});

builder.scalarType("JSON", {
  description: "Any JSON value: a record as the audit log shows it (days and instants as ISO strings).",
  serialize: (value) => value,
  parseValue: (value) => value,
});
