// "As of" days: rosters are read on a calendar day in Vietnam, today unless the query names one.
import { parseDay } from "../schema/scalars.js";

const vietnameseDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar day in Asia/Ho_Chi_Minh (UTC+7), as the Date scalar holds days (UTC midnight). */
export function todayInVietnam(now: Date = new Date()): Date {
  return parseDay(vietnameseDay.format(now));
}

/** The day a roster is read on: the one asked for, else today in Vietnam. */
export function asOfDay(asOf: Date | null | undefined): Date {
  return asOf ?? todayInVietnam();
}

export const AS_OF_DESCRIPTION = "The calendar day to read the roster on; today in Vietnam (Asia/Ho_Chi_Minh) when omitted.";
