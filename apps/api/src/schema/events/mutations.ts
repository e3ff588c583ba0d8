// Events and who took part. An event belongs to its host unit's editor (the admin's without a
// host); one in a CLOSED period is read-only.
import { addParticipantInput, createEventInput, removeParticipantInput, updateEventInput } from "@thidua/domain/inputs/events";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, day, type InputFields, idOf, parseInput } from "../../write/input.js";
import { activeUnit, found, openPeriod, openPeriodIfAny } from "../../write/rules.js";
import { writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { RankEnum } from "../personnel/types.js";
import { EventKindEnum, ParticipantRoleEnum } from "./types.js";

const VERSION = "Changes with every edit; an update names the version it read.";
builder.prismaObjectField("Event", "version", (t) => t.exposeInt("version", { description: VERSION }));
builder.prismaObjectFields("EventParticipant", (t) => ({
  id: t.globalID({ resolve: (participant) => ({ type: "EventParticipant", id: participant.id }) }),
  version: t.exposeInt("version", { description: VERSION }),
}));

const eventFields = (t: InputFields) => ({
  kind: t.field({ type: EventKindEnum, required: true }),
  title: t.string({ required: true }),
  titleEn: t.string(),
  date: t.field({ type: "Date", required: true }),
  timeOfDay: t.string({ description: 'As the source says it: "morning", "08:00".' }),
  clusterId: idOf(t, "Cluster"),
  periodId: idOf(t, "MovementPeriod", { description: "A period of the event's cluster, not CLOSED." }),
  hostUnitId: idOf(t, "Unit"),
  outcomes: t.stringList({ description: "What was concluded, one statement each." }),
});

const CreateEventInput = builder.inputType("CreateEventInput", {
  fields: (t) => ({ key: t.string({ description: "Stable key, e.g. cluster1-2022-review." }), ...eventFields(t) }),
});

const UpdateEventInput = builder.inputType("UpdateEventInput", {
  description: "Absent fields stay as they are; null clears an optional one.",
  fields: (t) => ({
    id: idOf(t, "Event", { required: true }),
    version: t.int({ required: true }),
    ...eventFields(t),
    kind: t.field({ type: EventKindEnum }),
    title: t.string(),
    date: t.field({ type: "Date" }),
  }),
});

const AddEventParticipantInput = builder.inputType("AddEventParticipantInput", {
  fields: (t) => ({
    eventId: idOf(t, "Event", { required: true }),
    personId: idOf(t, "Person", { required: true }),
    role: t.field({ type: ParticipantRoleEnum, required: true }),
    titleAtEvent: t.string({ description: "The title held that day, as the source gives it." }),
    titleAtEventEn: t.string(),
    rankAtEvent: t.field({ type: RankEnum }),
    unitId: idOf(t, "Unit", { description: "The unit the person represented." }),
    sortOrder: t.int({ description: "Position in the source's list; 0 unless said." }),
  }),
});

const RemoveEventParticipantInput = builder.inputType("RemoveEventParticipantInput", {
  fields: (t) => ({ id: idOf(t, "EventParticipant", { required: true }), version: t.int({ required: true }) }),
});

interface Placement {
  clusterId: number | null;
  periodId: number | null;
  hostUnitId: number | null;
}

/** The cluster, period and host exist, the period is open and is the cluster's. */
async function checkPlacement(tx: Tx, event: Placement): Promise<void> {
  if (event.hostUnitId !== null) await activeUnit(tx, event.hostUnitId, "hostUnitId");
  if (event.clusterId !== null) {
    await found(tx.cluster.findUnique({ where: { id: event.clusterId }, select: { id: true } }), "Cluster", event.clusterId);
  }
  if (event.periodId !== null) {
    const period = await openPeriod(tx, event.periodId);
    if (event.clusterId !== null && period.clusterId !== event.clusterId) {
      throw ValidationError.of("periodId", "The period is another cluster's", "periodOtherCluster");
    }
  }
}

async function unusedKey(tx: Tx, key: string | null | undefined): Promise<void> {
  if (key && (await tx.event.findUnique({ where: { key }, select: { id: true } }))) {
    throw ValidationError.of("key", `An event with key ${key} exists`, "keyTaken");
  }
}

const hostOf = async (tx: Tx, eventId: number) =>
  (await tx.event.findUnique({ where: { id: eventId }, select: { hostUnitId: true } }))?.hostUnitId;

/** An event open to changes of its participants: it exists and its period is not CLOSED. */
async function openEvent(tx: Tx, eventId: number) {
  const event = await found(tx.event.findUnique({ where: { id: eventId } }), "Event", eventId);
  await openPeriodIfAny(tx, event.periodId);
  return event;
}

builder.mutationFields((t) => ({
  createEvent: t.prismaField({
    type: "Event",
    description: "A conference or meeting; needs write access to its host unit (the admin's without one).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(input.hostUnitId ? databaseId(input.hostUnitId) : null),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createEventInput, args.input);
      const placement = { clusterId: input.clusterId ?? null, periodId: input.periodId ?? null, hostUnitId: input.hostUnitId ?? null };
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Event,
        change: async (tx) => {
          await checkPlacement(tx, placement);
          await unusedKey(tx, input.key);
          const event = await tx.event.create({ data: { ...input, ...placement, date: day(input.date), source: "REPORTED" } });
          return event.id;
        },
      });
      return context.prisma.event.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  updateEvent: t.prismaField({
    type: "Event",
    description: "Edits an event; a new host needs write access too.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdateEventInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => {
      const host = await hostOf(prisma, databaseId(input.id));
      // clearing the host leaves the event to the admin
      if (input.hostUnitId === null) return writeUnits(host, null);
      return writeUnits(host, ...(input.hostUnitId ? [databaseId(input.hostUnitId)] : []));
    },
    resolve: async (query, _root, args, context) => {
      const { id, version, date, ...fields } = parseInput(updateEventInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Event,
        id,
        expectedVersion: version,
        change: async (tx, event) => {
          await openPeriodIfAny(tx, event.periodId);
          const pick = <K extends keyof Placement>(key: K) => (fields[key] === undefined ? event[key] : (fields[key] ?? null));
          await checkPlacement(tx, { clusterId: pick("clusterId"), periodId: pick("periodId"), hostUnitId: pick("hostUnitId") });
          await tx.event.update({ where: { id }, data: { ...fields, ...(date ? { date: day(date) } : {}) } });
        },
      });
      return context.prisma.event.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  addEventParticipant: t.prismaField({
    type: "EventParticipant",
    description: "A person's part in an event, once per role.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: AddEventParticipantInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => writeUnits(await hostOf(prisma, databaseId(input.eventId))),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addParticipantInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.EventParticipant,
        change: async (tx) => {
          await openEvent(tx, input.eventId);
          await found(tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "Person", input.personId);
          if (input.unitId != null) await found(tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }), "Unit", input.unitId);
          const key = { eventId: input.eventId, personId: input.personId, role: input.role };
          if (await tx.eventParticipant.findUnique({ where: { eventId_personId_role: key }, select: { id: true } })) {
            throw ValidationError.of("role", "The person already takes part in this role", "alreadyParticipant");
          }
          return (await tx.eventParticipant.create({ data: input })).id;
        },
      });
      return context.prisma.eventParticipant.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  removeEventParticipant: t.prismaField({
    type: "Event",
    description: "Removes a participant (naming the version read); returns the event.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: RemoveEventParticipantInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => {
      const participant = await prisma.eventParticipant.findUnique({
        where: { id: databaseId(input.id) },
        select: { event: { select: { hostUnitId: true } } },
      });
      return writeUnits(participant?.event.hostUnitId);
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(removeParticipantInput, args.input);
      const { before } = await applyChange(context, {
        action: "DELETE",
        entity: entities.EventParticipant,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, participant) => {
          await openEvent(tx, participant.eventId);
          await tx.eventParticipant.delete({ where: { id: participant.id } });
        },
      });
      return context.prisma.event.findUniqueOrThrow({ ...query, where: { id: before!.eventId } });
    },
  }),
}));
