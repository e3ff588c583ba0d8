// Domain rules that need the database, shared by several mutations. Each throws the typed error
// a client sees; all run inside the write's transaction.
import { isPeriodReadOnly } from "@thidua/domain/enums";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import type { Tx } from "./write-transaction.js";

/** The row, or NotFoundError naming the GraphQL type and the id the input gave. */
export async function found<Row>(row: Promise<Row | null>, entity: string, id: number): Promise<Row> {
  const value = await row;
  if (value === null) throw new NotFoundError(entity, String(id));
  return value;
}

export async function activeUnit(tx: Tx, unitId: number, path: string) {
  const unit = await found(tx.unit.findUnique({ where: { id: unitId }, select: { id: true, active: true } }), "Unit", unitId);
  if (!unit.active) throw ValidationError.of(path, "The unit is deactivated", "unitInactive");
  return unit;
}

const closed = (what: string) =>
  new ForbiddenError(`${what} is in a CLOSED movement period, which is read-only`, "periodClosed");

/** A period that may still change: not CLOSED. */
export async function openPeriod(tx: Tx, periodId: number) {
  const period = await found(tx.movementPeriod.findUnique({ where: { id: periodId } }), "Period", periodId);
  if (isPeriodReadOnly(period.status)) throw closed("The record");
  return period;
}

/** When the record names a period, that period is still open. */
export async function openPeriodIfAny(tx: Tx, periodId: number | null | undefined): Promise<void> {
  if (periodId != null) await openPeriod(tx, periodId);
}

/** Memberships in force in a year: from fromYear to toYear inclusive, open-ended when toYear is null. */
export const memberIn = (year: number) => ({ fromYear: { lte: year }, OR: [{ toYear: null }, { toYear: { gte: year } }] });

/** Whether the unit belongs to the cluster in that year. */
export async function isMember(tx: Tx, clusterId: number, unitId: number, year: number): Promise<boolean> {
  return (await tx.clusterMembership.count({ where: { clusterId, unitId, ...memberIn(year) } })) > 0;
}

/**
 * A unit's figures for a year are read-only once the movement period of its cluster (the cluster
 * of the unit or of the department above it) for that year is CLOSED.
 */
export async function unitYearOpen(tx: Tx, unitId: number, year: number): Promise<void> {
  const [row] = await tx.$queryRaw<Array<{ closed: number }>>`
    WITH RECURSIVE up(id, "parentId") AS (
      SELECT id, "parentId" FROM unit WHERE id = ${unitId}
      UNION
      SELECT unit.id, unit."parentId" FROM unit JOIN up ON unit.id = up."parentId"
    )
    SELECT count(*)::int AS closed
      FROM movement_period period
      JOIN cluster_membership membership ON membership."clusterId" = period."clusterId"
     WHERE membership."unitId" IN (SELECT id FROM up)
       AND membership."fromYear" <= ${year} AND (membership."toYear" IS NULL OR membership."toYear" >= ${year})
       AND period.year = ${year} AND period.status = 'CLOSED'`;
  if ((row?.closed ?? 0) > 0) throw closed(`The unit's ${year}`);
}

/** An effective-dated span: a null start is "since before our records", a null end "still held". */
export interface Span {
  effectiveFrom: Date | null;
  effectiveTo: Date | null;
}

/** Whether [from, to) spans share a day; null ends reach as far as they can. */
export function overlaps(a: Span, b: Span): boolean {
  const startsBeforeEnd = (x: Span, y: Span) =>
    x.effectiveFrom === null || y.effectiveTo === null || x.effectiveFrom.getTime() < y.effectiveTo.getTime();
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/** A span may not overlap any of the others (e.g. the same person's same post in the same unit). */
export function refuseOverlap(span: Span, others: readonly Span[], path: string, what: string): void {
  if (others.some((other) => overlaps(span, other))) {
    throw ValidationError.of(path, `The dates overlap ${what}`, "datesOverlap");
  }
}
