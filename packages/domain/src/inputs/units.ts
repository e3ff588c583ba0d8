// Units: the tree of the ministry, its departments, city and provincial police and their divisions.
import { z } from "zod";
import { unitKinds } from "../enums.ts";
import { fail, id, name, optionalName, requireChange, unitCode, version, versionedRefInput } from "./common.ts";

export const createUnitInput = z
  .object({
    code: unitCode,
    name: name(),
    nameEn: name(),
    shortName: optionalName(100),
    kind: z.enum(unitKinds),
    parentId: id.nullish(),
  })
  .superRefine((unit, ctx) => {
    if (unit.kind === "MINISTRY" && unit.parentId != null) {
      fail(ctx, ["parentId"], "The ministry is the root and has no parent", "ministryHasNoParent");
    }
    if (unit.kind !== "MINISTRY" && unit.parentId == null) {
      fail(ctx, ["parentId"], "Required: every unit but the ministry has a parent", "parentRequired");
    }
  });
export type CreateUnitInput = z.infer<typeof createUnitInput>;

/** The code is a stable key and never changes; the names do (shortName null clears it). */
export const renameUnitInput = z
  .object({ id, version, name: name().optional(), nameEn: name().optional(), shortName: optionalName(100) })
  .superRefine(requireChange());
export type RenameUnitInput = z.infer<typeof renameUnitInput>;

/** Re-parent a unit; the API refuses a move under the unit's own subtree. */
export const moveUnitInput = z.object({ id, version, parentId: id }).superRefine((move, ctx) => {
  if (move.parentId === move.id) fail(ctx, ["parentId"], "A unit cannot be its own parent", "ownParent");
});
export type MoveUnitInput = z.infer<typeof moveUnitInput>;

/** Units are deactivated, never deleted: history refers to them. */
export const deactivateUnitInput = versionedRefInput;
export type DeactivateUnitInput = z.infer<typeof deactivateUnitInput>;
