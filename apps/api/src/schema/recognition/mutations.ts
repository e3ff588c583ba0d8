// Exemplars and initiatives belong to their unit's editor; other units take initiatives up.
import {
  createExemplarInput,
  createInitiativeInput,
  replicateInitiativeInput,
  updateExemplarInput,
  updateInitiativeInput,
} from "@thidua/domain/inputs/recognition";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, day, type InputFields, idOf, parseInput } from "../../write/input.js";
import { activeUnit, found, openPeriod, openPeriodIfAny } from "../../write/rules.js";
import { writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";

const VERSION = "Changes with every edit; an update names the version it read.";
builder.prismaObjectField("Exemplar", "version", (t) => t.exposeInt("version", { description: VERSION }));
builder.prismaObjectField("Initiative", "version", (t) => t.exposeInt("version", { description: VERSION }));

const recognitionFields = <Req extends boolean>(t: InputFields, required: Req) => ({
  year: t.int({ required }),
  periodId: idOf(t, "MovementPeriod", { description: "A period of that year, not CLOSED." }),
  unitId: idOf(t, "Unit", { required }),
  personId: idOf(t, "Person"),
  title: t.string({ required }),
});
const editFields = (typename: "Exemplar" | "Initiative") => (t: InputFields) => ({
  id: idOf(t, typename, { required: true }),
  version: t.int({ required: true }),
});

const CreateExemplarInput = builder.inputType("CreateExemplarInput", {
  fields: (t) => ({ ...recognitionFields(t, true), summary: t.string() }),
});
const UpdateExemplarInput = builder.inputType("UpdateExemplarInput", {
  description: "Absent fields stay as they are; null clears an optional one.",
  fields: (t) => ({ ...editFields("Exemplar")(t), ...recognitionFields(t, false), summary: t.string() }),
});
const CreateInitiativeInput = builder.inputType("CreateInitiativeInput", {
  fields: (t) => ({ ...recognitionFields(t, true), description: t.string() }),
});
const UpdateInitiativeInput = builder.inputType("UpdateInitiativeInput", {
  description: "Absent fields stay as they are; null clears an optional one.",
  fields: (t) => ({ ...editFields("Initiative")(t), ...recognitionFields(t, false), description: t.string() }),
});
const ReplicateInitiativeInput = builder.inputType("ReplicateInitiativeInput", {
  description: "Another unit takes up an initiative (nhân rộng) from a day on.",
  fields: (t) => ({
    initiativeId: idOf(t, "Initiative", { required: true }),
    unitId: idOf(t, "Unit", { required: true }),
    fromDate: t.field({ type: "Date", required: true }),
  }),
});

interface Recognised {
  year: number;
  periodId: number | null;
  unitId: number;
  personId: number | null;
}

/** The unit is active, the person exists, and the period is open and of that year. */
async function checkRecognised(tx: Tx, record: Recognised): Promise<void> {
  await activeUnit(tx, record.unitId, "unitId");
  if (record.personId !== null) {
    await found(tx.person.findUnique({ where: { id: record.personId }, select: { id: true } }), "Person", record.personId);
  }
  if (record.periodId !== null) {
    const period = await openPeriod(tx, record.periodId);
    if (period.year !== record.year) throw ValidationError.of("periodId", `The period is of ${period.year}`, "periodOtherYear");
  }
}

/** The record as it will be: absent fields keep their value, null clears. */
function merged(current: Recognised, fields: Partial<{ [K in keyof Recognised]: Recognised[K] | undefined }>): Recognised {
  return {
    year: fields.year ?? current.year,
    periodId: fields.periodId === undefined ? current.periodId : fields.periodId,
    unitId: fields.unitId ?? current.unitId,
    personId: fields.personId === undefined ? current.personId : fields.personId,
  };
}

const unitOf = async (tx: Tx, model: "exemplar" | "initiative", id: number) =>
  model === "exemplar"
    ? (await tx.exemplar.findUnique({ where: { id }, select: { unitId: true } }))?.unitId
    : (await tx.initiative.findUnique({ where: { id }, select: { unitId: true } }))?.unitId;

/** The units an edit touches: the record's, and the new one when it moves. */
const movedTo = (unitId: { id: string; typename: string } | null | undefined) => (unitId ? [databaseId(unitId)] : []);

builder.mutationFields((t) => ({
  createExemplar: t.prismaField({
    type: "Exemplar",
    description: "An exemplary individual or collective (gương điển hình) of a unit in a year.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateExemplarInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createExemplarInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Exemplar,
        change: async (tx) => {
          await checkRecognised(tx, merged({ year: input.year, unitId: input.unitId, periodId: null, personId: null }, input));
          return (await tx.exemplar.create({ data: { ...input, source: "REPORTED" } })).id;
        },
      });
      return context.prisma.exemplar.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  updateExemplar: t.prismaField({
    type: "Exemplar",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdateExemplarInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) =>
      writeUnits(await unitOf(prisma, "exemplar", databaseId(input.id)), ...movedTo(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const { id, version, ...fields } = parseInput(updateExemplarInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Exemplar,
        id,
        expectedVersion: version,
        change: async (tx, exemplar) => {
          await openPeriodIfAny(tx, exemplar.periodId);
          await checkRecognised(tx, merged(exemplar, fields));
          await tx.exemplar.update({ where: { id }, data: fields });
        },
      });
      return context.prisma.exemplar.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  createInitiative: t.prismaField({
    type: "Initiative",
    description: "A model or initiative (mô hình, sáng kiến) of a unit in a year.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateInitiativeInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createInitiativeInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Initiative,
        change: async (tx) => {
          await checkRecognised(tx, merged({ year: input.year, unitId: input.unitId, periodId: null, personId: null }, input));
          return (await tx.initiative.create({ data: { ...input, source: "REPORTED" } })).id;
        },
      });
      return context.prisma.initiative.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  updateInitiative: t.prismaField({
    type: "Initiative",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdateInitiativeInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) =>
      writeUnits(await unitOf(prisma, "initiative", databaseId(input.id)), ...movedTo(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const { id, version, ...fields } = parseInput(updateInitiativeInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Initiative,
        id,
        expectedVersion: version,
        change: async (tx, initiative) => {
          await openPeriodIfAny(tx, initiative.periodId);
          await checkRecognised(tx, merged(initiative, fields));
          await tx.initiative.update({ where: { id }, data: fields });
        },
      });
      return context.prisma.initiative.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  replicateInitiative: t.prismaField({
    type: "Initiative",
    description: "Records that another unit took the initiative up; needs write access to that unit.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ReplicateInitiativeInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(replicateInitiativeInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Initiative,
        id: input.initiativeId,
        // additive and unique per unit: no version to name
        expectedVersion: undefined,
        change: async (tx, initiative) => {
          if (initiative.unitId === input.unitId) throw ValidationError.of("unitId", "It is the unit's own initiative", "ownInitiative");
          if (initiative.replications.some((replication) => replication.unitId === input.unitId)) {
            throw ValidationError.of("unitId", "The unit has taken it up already", "alreadyReplicated");
          }
          await activeUnit(tx, input.unitId, "unitId");
          await tx.initiativeReplication.create({ data: { ...input, fromDate: day(input.fromDate) } });
        },
      });
      return context.prisma.initiative.findUniqueOrThrow({ ...query, where: { id: input.initiativeId } });
    },
  }),
}));
