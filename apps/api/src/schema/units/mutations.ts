// Units: create, rename, move in the tree, deactivate. Units are never deleted: history refers to them.
import { createUnitInput, deactivateUnitInput, moveUnitInput, renameUnitInput } from "@thidua/domain/inputs/units";
import { searchKeyOf } from "@thidua/domain/text";
import { builder } from "../../builder.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, idOf, parseInput } from "../../write/input.js";
import { writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { UnitKindEnum } from "./types.js";

builder.prismaObjectField("Unit", "version", (t) =>
  t.exposeInt("version", { description: "Changes with every edit; an update names the version it read." }),
);
builder.prismaObjectField("Unit", "active", (t) => t.exposeBoolean("active", { description: "False once deactivated." }));

const CreateUnitInput = builder.inputType("CreateUnitInput", {
  fields: (t) => ({
    code: t.string({ required: true, description: "Stable key, e.g. CATP-HP; never changes." }),
    name: t.string({ required: true }),
    nameEn: t.string({ required: true }),
    shortName: t.string(),
    kind: t.field({ type: UnitKindEnum, required: true }),
    parentId: idOf(t, "Unit", { description: "Required for every unit but the ministry." }),
  }),
});

const RenameUnitInput = builder.inputType("RenameUnitInput", {
  description: "Absent names stay as they are; a null shortName clears it.",
  fields: (t) => ({
    id: idOf(t, "Unit", { required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    nameEn: t.string(),
    shortName: t.string(),
  }),
});

const MoveUnitInput = builder.inputType("MoveUnitInput", {
  fields: (t) => ({
    id: idOf(t, "Unit", { required: true }),
    version: t.int({ required: true }),
    parentId: idOf(t, "Unit", { required: true, description: "Not the unit itself nor any unit below it." }),
  }),
});

const DeactivateUnitInput = builder.inputType("DeactivateUnitInput", {
  fields: (t) => ({ id: idOf(t, "Unit", { required: true }), version: t.int({ required: true }) }),
});

/** A parent that exists and is active. */
async function activeParent(tx: Tx, parentId: number) {
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { id: true, active: true } });
  if (!parent) throw new NotFoundError("Unit", String(parentId));
  if (!parent.active) throw ValidationError.of("parentId", "The parent unit is deactivated", "parentInactive");
  return parent;
}

/** The unit and every unit above it. */
async function ancestorsOf(tx: Tx, unitId: number): Promise<Set<number>> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    WITH RECURSIVE up(id, "parentId") AS (
      SELECT id, "parentId" FROM unit WHERE id = ${unitId}
      UNION
      SELECT unit.id, unit."parentId" FROM unit JOIN up ON unit.id = up."parentId"
    )
    SELECT id FROM up`;
  return new Set(rows.map((row) => Number(row.id)));
}

builder.mutationFields((t) => ({
  createUnit: t.prismaField({
    type: "Unit",
    description: "A new unit under a parent (the ministry alone has none). Needs write access to the parent.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(input.parentId ? databaseId(input.parentId) : null),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createUnitInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Unit,
        change: async (tx) => {
          if (input.parentId != null) await activeParent(tx, input.parentId);
          if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } })) {
            throw ValidationError.of("code", `A unit with code ${input.code} exists`, "codeTaken");
          }
          const unit = await tx.unit.create({
            data: {
              ...input,
              searchKey: searchKeyOf(input.name, input.shortName, input.code, input.nameEn),
              source: "REPORTED",
            },
          });
          return unit.id;
        },
      });
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  renameUnit: t.prismaField({
    type: "Unit",
    description: "Changes the names; the code stays.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: RenameUnitInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.id)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(renameUnitInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Unit,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, unit) => {
          const names = {
            name: input.name ?? unit.name,
            nameEn: input.nameEn ?? unit.nameEn,
            shortName: input.shortName === undefined ? unit.shortName : input.shortName,
          };
          await tx.unit.update({
            where: { id: unit.id },
            data: { ...names, searchKey: searchKeyOf(names.name, names.shortName, unit.code, names.nameEn) },
          });
        },
      });
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),

  moveUnit: t.prismaField({
    type: "Unit",
    description: "Puts the unit (with its subtree) under another parent. Needs write access to both.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: MoveUnitInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.id), databaseId(input.parentId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(moveUnitInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Unit,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, unit) => {
          if (unit.parentId === null) throw ValidationError.of("id", "The ministry is the root of the tree", "rootCannotMove");
          await activeParent(tx, input.parentId);
          if ((await ancestorsOf(tx, input.parentId)).has(unit.id)) {
            throw ValidationError.of("parentId", "A unit cannot move under its own subtree", "underOwnSubtree");
          }
          await tx.unit.update({ where: { id: unit.id }, data: { parentId: input.parentId } });
        },
      });
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),

  deactivateUnit: t.prismaField({
    type: "Unit",
    description: "Marks the unit inactive; its history stays. Its active subunits must go first.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: DeactivateUnitInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.id)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(deactivateUnitInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Unit,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, unit) => {
          if (!unit.active) throw ValidationError.of("id", "The unit is already deactivated", "alreadyInactive");
          if (await tx.unit.count({ where: { parentId: unit.id, active: true } })) {
            throw ValidationError.of("id", "Deactivate the units below it first", "hasActiveChildren");
          }
          await tx.unit.update({ where: { id: unit.id }, data: { active: false } });
        },
      });
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),
}));
