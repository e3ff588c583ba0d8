// Calendar days as Prisma stores @db.Date columns: Date objects at midnight UTC.
import type { Random } from "./random.js";

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** A calendar day from "YYYY-MM-DD". */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function ymd(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** `years` later (or earlier when negative), to the day. */
export function addYears(date: Date, years: number): Date {
  return new Date(Math.floor((date.getTime() + years * YEAR_MS) / DAY_MS) * DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** A day uniformly between two days (inclusive of the first). */
export function dayBetween(random: Random, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
  return addDays(from, random.int(0, days));
}

export function yearsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / YEAR_MS;
}

/** Whether [from, to) covers the day (a null end is open). */
export function covers(tenure: { from: Date; to: Date | null }, date: Date): boolean {
  return tenure.from.getTime() <= date.getTime() && (tenure.to === null || date.getTime() < tenure.to.getTime());
}
