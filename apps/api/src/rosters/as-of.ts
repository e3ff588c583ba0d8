// "As of" days: rosters are read on a calendar day in Vietnam, today unless the query names one.
// A list read as of a day given explicitly lends it to the effective-dated fields of its rows.
import { todayInReportingZone } from "../metrics/calendar.js";

/** The day a roster is read on: the one asked for, else today in Vietnam (Asia/Ho_Chi_Minh). */
export function asOfDay(asOf: Date | null | undefined): Date {
  return asOf ?? todayInReportingZone();
}

export const AS_OF_DESCRIPTION = "The calendar day to read the roster on; today in Vietnam (Asia/Ho_Chi_Minh) when omitted.";

const listDays = new WeakMap<object, Date>();

/** Marks the rows of a list read as of `day` (when the query gave one), for `dayOf`. */
export function readOn<Row extends object>(rows: Row[], day: Date | null | undefined): Row[] {
  if (day) for (const row of rows) listDays.set(row, day);
  return rows;
}

/** The day the list a row came from was read on, if the query gave it one. */
export function dayOf(row: object): Date | undefined {
  return listDays.get(row);
}

/** Effective-dated rows in force on `day`: begun by then (or since before our records), not yet ended. */
export function inForce<Row extends { effectiveFrom: Date | null; effectiveTo: Date | null }>(rows: Row[], day: Date | null | undefined): Row[] {
  if (!day) return rows;
  return rows.filter(
    (row) => (row.effectiveFrom === null || row.effectiveFrom.getTime() <= day.getTime()) && (row.effectiveTo === null || row.effectiveTo.getTime() > day.getTime()),
  );
}
