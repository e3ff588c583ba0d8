// Effective dates in SQL, for the statements written by hand (nested pages, roster statistics).
// The Prisma where-clause twins are in schema/filters/where.ts.
import { Prisma } from "@thidua/db/prisma";

/** A calendar day as an SQL date literal parameter (a Date would travel as a timestamp with zone). */
export const sqlDay = (day: Date) => Prisma.sql`${day.toISOString().slice(0, 10)}::date`;

/** Rows of `alias` whose start is always known (unit assignments, rank grants) in force on `day`. */
export function inForceOnSql(alias: string, day: Date): Prisma.Sql {
  const row = Prisma.raw(alias);
  return Prisma.sql`(${row}."effectiveFrom" <= ${sqlDay(day)} AND (${row}."effectiveTo" IS NULL OR ${row}."effectiveTo" > ${sqlDay(day)}))`;
}

/** Posts and party roles of `alias` held on `day` (a null start: held since before our records). */
export function heldOnSql(alias: string, day: Date): Prisma.Sql {
  const row = Prisma.raw(alias);
  return Prisma.sql`((${row}."effectiveFrom" IS NULL OR ${row}."effectiveFrom" <= ${sqlDay(day)}) AND (${row}."effectiveTo" IS NULL OR ${row}."effectiveTo" > ${sqlDay(day)}))`;
}
