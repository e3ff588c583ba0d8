// Calendar days for metrics. Reporting periods are Vietnamese calendar dates (Asia/Ho_Chi_Minh):
// an observation's periodStart is a day, not an instant, and every range is a pair of days. Days
// are held as UTC midnight (as Prisma reads `@db.Date`) and computed on in UTC, so no server or
// session time zone can move a day. The zone enters once: "today" is today in Hà Nội.

export const REPORTING_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A span of whole days, both ends included. */
export interface DayRange {
  from: Date;
  to: Date;
}

export type Bucket = "MONTH" | "QUARTER" | "YEAR";

export const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

export const formatDay = (value: Date) => value.toISOString().slice(0, 10);

/** "2022-01-01" (as JSON from PostgreSQL) → that day. */
export const parseDay = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

export const addDays = (value: Date, days: number) => new Date(value.getTime() + days * 86_400_000);

export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000);

/** The day in Asia/Ho_Chi_Minh at this instant. */
export function todayInReportingZone(now = new Date()): Date {
  const [year, month, date] = new Intl.DateTimeFormat("en-CA", { timeZone: REPORTING_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number);
  return day(year!, month!, date!);
}

export const yearRange = (year: number): DayRange => ({ from: day(year, 1, 1), to: day(year, 12, 31) });

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same day `months` months away; the 31st becomes the month's last day (29 Feb → 28 Feb). */
export function addMonths(value: Date, months: number): Date {
  const index = value.getUTCFullYear() * 12 + value.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return day(year, month, Math.min(value.getUTCDate(), lastDayOfMonth(year, month)));
}

const isFirstOfMonth = (value: Date) => value.getUTCDate() === 1;
const isLastOfMonth = (value: Date) => addDays(value, 1).getUTCDate() === 1;

/** Whole calendar months from the first of one to the last of another: their number, else null. */
function wholeMonths({ from, to }: DayRange): number | null {
  if (!isFirstOfMonth(from) || !isLastOfMonth(to)) return null;
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
}

/** The range moved by whole years (month ends stay month ends: Feb 2024 → Feb 2023 ends on the 28th). */
export function shiftYears(range: DayRange, years: number): DayRange {
  const to = addMonths(range.to, 12 * years);
  return { from: addMonths(range.from, 12 * years), to: isLastOfMonth(range.to) ? day(to.getUTCFullYear(), to.getUTCMonth() + 1, lastDayOfMonth(to.getUTCFullYear(), to.getUTCMonth() + 1)) : to };
}

/**
 * The period just before, of the same length: the previous months when the range is whole months
 * (a quarter → the quarter before, March → February, a year → the year before), else the same
 * number of days right before it.
 */
export function previousPeriod(range: DayRange): DayRange {
  const months = wholeMonths(range);
  if (months !== null) {
    const from = addMonths(range.from, -months);
    return { from, to: addDays(range.from, -1) };
  }
  const length = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** Year to date: from 1 January of `asOf`'s year to `asOf`, and the same span a year earlier. */
export function yearToDate(asOf: Date): { current: DayRange; previous: DayRange } {
  const current = { from: day(asOf.getUTCFullYear(), 1, 1), to: asOf };
  return { current, previous: { from: day(asOf.getUTCFullYear() - 1, 1, 1), to: addMonths(asOf, -12) } };
}

/** A bucket's name: 2022-03, 2022-Q1, 2022. */
export function bucketLabel(bucket: Bucket, start: Date): string {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + 1;
  if (bucket === "YEAR") return String(year);
  if (bucket === "QUARTER") return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, "0")}`;
}
