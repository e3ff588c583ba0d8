// Observations from CSV: one value of one indicator for one unit over one period per row, each
// the domain's recordObservationInput. An import records new values only: a value already
// recorded is corrected one at a time (correctObservation keeps its history).
import type { Observation as ObservationRecord } from "@thidua/db/prisma";
import { recordObservationInput } from "@thidua/domain/inputs/observations";
import { type ColumnSpec, dateCell, enumCell, numberCell } from "./csv.js";
import { auditColumns, changesByUnit, type Columns, type Db, type Importer, insertRows, memoize, reserveIds } from "./import.js";
import { issuesToErrors, type RowError } from "./report.js";
import { ForbiddenError } from "../errors.js";
import { unitYearOpen } from "../write/rules.js";
import { loadUnits, unitErrors } from "./units.js";

export const observationColumns = [
  { name: "indicator_code", vi: "Mã chỉ tiêu", required: true },
  { name: "unit_code", vi: "Mã đơn vị", required: true },
  { name: "granularity", vi: "Kỳ", required: true },
  { name: "period_start", vi: "Ngày bắt đầu kỳ", required: true },
  { name: "value", vi: "Giá trị", required: true },
  { name: "numerator", vi: "Tử số", required: false },
  { name: "denominator", vi: "Mẫu số", required: false },
  { name: "source_note", vi: "Ghi chú nguồn", required: false },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type ObservationColumn = (typeof observationColumns)[number]["name"];

/** Written by the observations export for reading; not imported (imported rows are IMPORTED). */
export const observationExportOnlyColumns = ["indicator_name", "unit_name", "year", "source"] as const;

const columnOfField: Record<string, ObservationColumn> = {
  indicatorId: "indicator_code",
  unitId: "unit_code",
  granularity: "granularity",
  periodStart: "period_start",
  value: "value",
  numerator: "numerator",
  denominator: "denominator",
  sourceNote: "source_note",
};
const columnOf = (path: readonly PropertyKey[]) => columnOfField[String(path[0])] ?? null;

type Observation = ReturnType<typeof recordObservationInput.parse>;

interface ObservationRow {
  row: number;
  observation: Observation;
}

/** One observation per (indicator, unit, granularity, period start). */
const keyOf = (observation: { indicatorId: number; unitId: number; granularity: string; periodStart: string }) =>
  `${observation.indicatorId}:${observation.unitId}:${observation.granularity}:${observation.periodStart}`;

export const observationImporter: Importer<ObservationColumn, ObservationRow> = {
  columns: observationColumns,
  ignored: observationExportOnlyColumns,
  topic: "observation",

  async check(records, { db, delimiter, mayWrite }) {
    const units = await loadUnits(db);
    /** Why the unit's figures of the year are read-only (a closed period), or null: the mutations' rule, once per unit and year. */
    const closedBecause = memoize((unitYear: string) => {
      const [unitId, year] = unitYear.split(":").map(Number) as [number, number];
      return unitYearOpen(db, unitId, year).then(
        () => null,
        (error: unknown) => {
          if (error instanceof ForbiddenError) return error.message;
          throw error;
        },
      );
    });
    const indicators = new Map(
      (await db.indicator.findMany({ select: { id: true, code: true, aggregation: true } })).map((indicator) => [indicator.code, indicator]),
    );
    const errors: RowError[] = [];
    const rows: ObservationRow[] = [];
    const firstRowOf = new Map<string, number>();

    for (const { row, cells } of records) {
      const rowErrors: RowError[] = [];
      const indicator = indicators.get(cells.indicator_code);
      if (cells.indicator_code === "") rowErrors.push({ row, column: "indicator_code", code: "required", message: "Required" });
      else if (!indicator) {
        rowErrors.push({ row, column: "indicator_code", code: "unknownIndicator", message: `No indicator with code ${cells.indicator_code}` });
      }
      const unit = units.byCode.get(cells.unit_code);
      rowErrors.push(...(await unitErrors(row, "unit_code", cells.unit_code, unit, mayWrite)));

      const parsed = recordObservationInput.safeParse({
        indicatorId: indicator?.id,
        unitId: unit?.id,
        granularity: enumCell("Granularity", cells.granularity),
        periodStart: dateCell(cells.period_start),
        value: numberCell(cells.value, delimiter),
        numerator: numberCell(cells.numerator, delimiter),
        denominator: numberCell(cells.denominator, delimiter),
        source: "IMPORTED",
        sourceNote: cells.source_note,
      });
      // indicator and unit are checked above, by code
      const issues = (parsed.error?.issues ?? []).filter((issue) => issue.path[0] !== "indicatorId" && issue.path[0] !== "unitId");
      rowErrors.push(...issuesToErrors(row, issues, columnOf));

      const observation = parsed.data;
      if (observation && indicator) {
        const isRate = indicator.aggregation === "RATIO_OF_SUMS";
        const hasParts = observation.numerator != null;
        if (isRate && !hasParts) {
          rowErrors.push({ row, column: "numerator", code: "rateParts", message: `${indicator.code} is a rate: give numerator and denominator` });
        } else if (!isRate && hasParts) {
          rowErrors.push({ row, column: "numerator", code: "notARate", message: `${indicator.code} is not a rate: leave numerator and denominator empty` });
        }
        const closed = await closedBecause(`${observation.unitId}:${observation.periodStart.slice(0, 4)}`);
        if (closed) rowErrors.push({ row, column: "period_start", code: "periodClosed", message: closed });
        const first = firstRowOf.get(keyOf(observation));
        if (first === undefined) firstRowOf.set(keyOf(observation), row);
        else rowErrors.push({ row, column: null, code: "duplicateInFile", message: `The same indicator, unit and period as row ${first}` });
      }

      errors.push(...rowErrors);
      if (rowErrors.length === 0 && observation) rows.push({ row, observation });
    }

    errors.push(...(await recordedAlready(db, rows)));
    return { rows: errors.length === 0 ? rows : [], errors };
  },

  async write(tx, rows, { accountId, requestId }) {
    const now = new Date();
    const ids = await reserveIds(tx, "observation", rows.length);
    // the rows exactly as inserted, and so the audit snapshot of recordObservation's shape
    const created: ObservationRecord[] = rows.map(({ observation }, index) => ({
      id: ids[index]!,
      indicatorId: observation.indicatorId,
      unitId: observation.unitId,
      granularity: observation.granularity,
      periodStart: new Date(observation.periodStart),
      year: Number(observation.periodStart.slice(0, 4)),
      value: observation.value,
      numerator: observation.numerator ?? null,
      denominator: observation.denominator ?? null,
      source: observation.source,
      sourceNote: observation.sourceNote ?? null,
      reportedById: accountId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    await insertRows(tx, "observation", observationTableColumns, created);
    await insertRows(
      tx,
      "audit_log",
      auditColumns,
      created.map((observation) => ({ accountId, requestId, action: "CREATE" as const, entityType: "Observation", entityId: String(observation.id), after: observation })),
    );
    return changesByUnit("Observation", created, accountId);
  },
};

const observationTableColumns: Columns<ObservationRecord> = {
  id: "int4",
  indicatorId: "int4",
  unitId: "int4",
  granularity: '"Granularity"',
  periodStart: "date",
  year: "int4",
  value: "float8",
  numerator: "float8",
  denominator: "float8",
  source: '"DataSource"',
  sourceNote: "text",
  reportedById: "int4",
  version: "int4",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};

/** Rows whose (indicator, unit, granularity, period) is recorded already: one statement for the file. */
async function recordedAlready(db: Db, rows: readonly ObservationRow[]): Promise<RowError[]> {
  if (rows.length === 0) return [];
  const found = await db.$queryRawUnsafe<Array<{ indicatorId: number; unitId: number; granularity: string; periodStart: string }>>(
    `SELECT k.i AS "indicatorId", k.u AS "unitId", k.g AS granularity, k.p AS "periodStart"
     FROM unnest($1::int4[], $2::int4[], $3::text[], $4::text[]) AS k(i, u, g, p)
     JOIN observation o
       ON o."indicatorId" = k.i AND o."unitId" = k.u AND o.granularity::text = k.g AND o."periodStart" = k.p::date`,
    rows.map(({ observation }) => observation.indicatorId),
    rows.map(({ observation }) => observation.unitId),
    rows.map(({ observation }) => observation.granularity),
    rows.map(({ observation }) => observation.periodStart),
  );
  const rowOf = new Map(rows.map(({ row, observation }) => [keyOf(observation), row]));
  return found.map((observation) => ({
    row: rowOf.get(keyOf(observation))!,
    column: "period_start",
    code: "alreadyRecorded",
    message: "A value is recorded already for this indicator, unit and period: correct it instead",
  }));
}
