// Units as an import checks them: by code, active, inside the caller's remit.
import type { Db } from "./import.js";
import type { RowError } from "./report.js";

export interface UnitEntry {
  id: number;
  code: string;
  parentId: number | null;
  active: boolean;
}

export interface UnitIndex {
  byCode: Map<string, UnitEntry>;
  byId: Map<number, UnitEntry>;
}

/** The whole unit table: a thousand rows at the largest scale, read once per import. */
export async function loadUnits(db: Db): Promise<UnitIndex> {
  const units = await db.unit.findMany({ select: { id: true, code: true, parentId: true, active: true } });
  return { byCode: new Map(units.map((unit) => [unit.code, unit])), byId: new Map(units.map((unit) => [unit.id, unit])) };
}

/** A row's unit: named, known, active and inside the caller's remit (a per-row ForbiddenError otherwise). */
export async function unitErrors(
  row: number,
  column: string,
  code: string,
  unit: UnitEntry | undefined,
  mayWrite: (unitId: number) => Promise<boolean>,
): Promise<RowError[]> {
  if (code === "") return [{ row, column, code: "required", message: "Required" }];
  if (!unit) return [{ row, column, code: "unknownUnit", message: `No unit with code ${code}` }];
  if (!unit.active) return [{ row, column, code: "unitInactive", message: `Unit ${code} is deactivated` }];
  if (!(await mayWrite(unit.id))) {
    return [{ row, column, code: "forbidden", message: `Your account may not write in unit ${code}` }];
  }
  return [];
}
