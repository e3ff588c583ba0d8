// Movement periods move forward one status at a time (the admin's); member units set their
// pledged targets while the period is open.
import { canChangePeriodStatus } from "@thidua/domain/enums";
import { version } from "@thidua/domain/inputs/common";
import { changePeriodStatusInput, createPledgeInput } from "@thidua/domain/inputs/movements";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, idOf, parseInput } from "../../write/input.js";
import { found, isMember, openPeriod } from "../../write/rules.js";
import { adminOnly, writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { PeriodStatusEnum } from "./types.js";

const VERSION = "Changes with every edit; an update names the version it read.";
builder.prismaObjectField("MovementPeriod", "version", (t) => t.exposeInt("version", { description: VERSION }));
builder.prismaObjectField("Pledge", "version", (t) => t.exposeInt("version", { description: VERSION }));

const ChangePeriodStatusInput = builder.inputType("ChangePeriodStatusInput", {
  fields: (t) => ({
    id: idOf(t, "MovementPeriod", { required: true }),
    version: t.int({ required: true }),
    status: t.field({ type: PeriodStatusEnum, required: true, description: "The next status: PLANNED → ACTIVE → REVIEWING → CLOSED." }),
  }),
});

const SetPledgeInput = builder.inputType("SetPledgeInput", {
  description: "Creates the unit's pledge for the indicator in the period, or changes it (naming the version read).",
  fields: (t) => ({
    periodId: idOf(t, "MovementPeriod", { required: true }),
    unitId: idOf(t, "Unit", { required: true, description: "A member of the period's cluster that year." }),
    indicatorId: idOf(t, "Indicator", { required: true }),
    target: t.float({ required: true }),
    note: t.string(),
    version: t.int({ description: "The version read; required when the pledge exists." }),
  }),
});

const setPledgeInput = createPledgeInput.extend({ version: version.optional() });

async function checkPledge(tx: Tx, pledge: { periodId: number; unitId: number; indicatorId: number }): Promise<void> {
  const period = await openPeriod(tx, pledge.periodId);
  await found(tx.indicator.findUnique({ where: { id: pledge.indicatorId }, select: { id: true } }), "Indicator", pledge.indicatorId);
  if (!(await isMember(tx, period.clusterId, pledge.unitId, period.year))) {
    throw ValidationError.of("unitId", `The unit is not a member of the period's cluster in ${period.year}`, "notAMember");
  }
}

builder.mutationFields((t) => ({
  changePeriodStatus: t.prismaField({
    type: "MovementPeriod",
    description: "Moves a period to its next status; a CLOSED period never reopens and its records become read-only.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ChangePeriodStatusInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(changePeriodStatusInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.MovementPeriod,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, period) => {
          if (!canChangePeriodStatus(period.status, input.status)) {
            throw ValidationError.of("status", `A ${period.status} period cannot become ${input.status}`, "illegalStatusChange");
          }
          await tx.movementPeriod.update({ where: { id: period.id }, data: { status: input.status } });
        },
      });
      return context.prisma.movementPeriod.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),

  setPledge: t.prismaField({
    type: "Pledge",
    description: "A member unit's pledged target (giao ước) for an indicator in an open period.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: SetPledgeInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const { version: expectedVersion, ...input } = parseInput(setPledgeInput, args.input);
      const key = { periodId: input.periodId, unitId: input.unitId, indicatorId: input.indicatorId };
      const existing = await context.prisma.pledge.findUnique({ where: { periodId_unitId_indicatorId: key }, select: { id: true } });
      const { id } = existing
        ? await applyChange(context, {
            action: "UPDATE",
            entity: entities.Pledge,
            id: existing.id,
            // a client that saw no pledge names no version: that is a conflict with the one there is
            expectedVersion: expectedVersion ?? 0,
            change: async (tx) => {
              await checkPledge(tx, key);
              await tx.pledge.update({ where: { id: existing.id }, data: { target: input.target, note: input.note } });
            },
          })
        : await applyChange(context, {
            action: "CREATE",
            entity: entities.Pledge,
            change: async (tx) => {
              await checkPledge(tx, key);
              return (await tx.pledge.create({ data: { ...input, source: "REPORTED" } })).id;
            },
          });
      return context.prisma.pledge.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
