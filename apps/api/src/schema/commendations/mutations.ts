// Commendations through their workflow: a unit proposes (đề nghị); the secretariat reviews
// (thẩm định), approves (duyệt) or rejects, and records the decision (quyết định). Each step is
// checked with canTransition and leaves a CommendationTransition row.
import type { CommendationStatus } from "@thidua/db/prisma-enums";
import { canTransition } from "@thidua/domain/enums";
import {
  approveCommendationInput,
  decideCommendationInput,
  proposeCommendationInput,
  rejectCommendationInput,
  reviewCommendationInput,
} from "@thidua/domain/inputs/commendations";
import type { z } from "zod";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, day, type InputFields, idOf, parseInput } from "../../write/input.js";
import { activeUnit, found, openPeriodIfAny } from "../../write/rules.js";
import { adminOnly, writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx, type WriteContext } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { CommendationKindEnum, CommendationLevelEnum, CommendationStatusEnum } from "./types.js";

builder.prismaObjectFields("Commendation", (t) => ({
  version: t.exposeInt("version", { description: "Changes with every step; a step names the version it read." }),
  transitions: t.relation("transitions", {
    description: "The workflow's steps, earliest first.",
    query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
  }),
}));

builder.prismaObject("CommendationTransition", {
  authScopes: { readAggregates: true },
  description: "One step of a commendation's workflow.",
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", { type: CommendationStatusEnum, nullable: true, description: "Null for the proposal." }),
    toStatus: t.expose("toStatus", { type: CommendationStatusEnum }),
    at: t.expose("at", { type: "DateTime" }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

const ProposeCommendationInput = builder.inputType("ProposeCommendationInput", {
  description: "The recipient is exactly one of a unit, a person, or a scope in words.",
  fields: (t) => ({
    kind: t.field({ type: CommendationKindEnum, description: "UNSPECIFIED unless said; the decision settles it." }),
    level: t.field({ type: CommendationLevelEnum }),
    title: t.string(),
    year: t.int({ required: true }),
    periodId: idOf(t, "MovementPeriod", { description: "Not a CLOSED one." }),
    clusterId: idOf(t, "Cluster"),
    recipientUnitId: idOf(t, "Unit"),
    recipientPersonId: idOf(t, "Person"),
    recipientScope: t.string({ description: 'e.g. "each member unit of cluster 1"' }),
    proposedAt: t.field({ type: "Date", required: true }),
    proposedAtEventId: idOf(t, "Event", { description: "The conference that agreed the proposal." }),
    note: t.string(),
  }),
});

const stepFields = (t: InputFields) => ({
  id: idOf(t, "Commendation", { required: true }),
  version: t.int({ required: true }),
  note: t.string(),
});
const ReviewCommendationInput = builder.inputType("ReviewCommendationInput", { fields: stepFields });
const ApproveCommendationInput = builder.inputType("ApproveCommendationInput", { fields: stepFields });
const RejectCommendationInput = builder.inputType("RejectCommendationInput", {
  fields: (t) => ({ ...stepFields(t), note: t.string({ required: true, description: "Why it is rejected." }) }),
});
const DecideCommendationInput = builder.inputType("DecideCommendationInput", {
  fields: (t) => ({
    ...stepFields(t),
    decisionNumber: t.string({ required: true, description: "e.g. 8812/QĐ-BCA" }),
    decisionDate: t.field({ type: "Date", required: true }),
    kind: t.field({ type: CommendationKindEnum, description: "Required when the proposal's kind was UNSPECIFIED." }),
    level: t.field({ type: CommendationLevelEnum }),
  }),
});

type Proposal = z.output<typeof proposeCommendationInput>;

async function checkProposal(tx: Tx, proposal: Proposal): Promise<void> {
  await openPeriodIfAny(tx, proposal.periodId);
  if (proposal.periodId != null && proposal.clusterId != null) {
    const period = await tx.movementPeriod.findUniqueOrThrow({ where: { id: proposal.periodId }, select: { clusterId: true } });
    if (period.clusterId !== proposal.clusterId) throw ValidationError.of("periodId", "The period is another cluster's", "periodOtherCluster");
  }
  if (proposal.clusterId != null) {
    await found(tx.cluster.findUnique({ where: { id: proposal.clusterId }, select: { id: true } }), "Cluster", proposal.clusterId);
  }
  if (proposal.recipientUnitId != null) await activeUnit(tx, proposal.recipientUnitId, "recipientUnitId");
  if (proposal.recipientPersonId != null) {
    await found(tx.person.findUnique({ where: { id: proposal.recipientPersonId }, select: { id: true } }), "Person", proposal.recipientPersonId);
  }
  if (proposal.proposedAtEventId != null) {
    await found(tx.event.findUnique({ where: { id: proposal.proposedAtEventId }, select: { id: true } }), "Event", proposal.proposedAtEventId);
  }
}

/** One workflow step: allowed from the current status, recorded as a transition with its note. */
async function step(
  context: WriteContext,
  input: { id: number; version: number; note?: string | null | undefined },
  to: CommendationStatus,
  apply?: (tx: Tx, commendation: { kind: string; proposedAt: Date }) => Promise<object>,
) {
  await applyChange(context, {
    action: "UPDATE",
    entity: entities.Commendation,
    id: input.id,
    expectedVersion: input.version,
    change: async (tx, commendation) => {
      if (!canTransition(commendation.status, to)) {
        throw ValidationError.of([], `A ${commendation.status} commendation cannot become ${to}`, "illegalTransition");
      }
      const data = apply ? await apply(tx, commendation) : {};
      await tx.commendation.update({ where: { id: input.id }, data: { ...data, status: to } });
      await tx.commendationTransition.create({
        data: { commendationId: input.id, fromStatus: commendation.status, toStatus: to, byId: context.session?.accountId ?? null, note: input.note ?? null },
      });
    },
  });
  return input.id;
}

builder.mutationFields((t) => ({
  proposeCommendation: t.prismaField({
    type: "Commendation",
    description: "A proposal; needs write access to the recipient unit, or to the unit the recipient person serves in (the admin's for a scope in words).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ProposeCommendationInput, required: true }) },
    authScopes: async (_root, { input }, { auth }) => {
      if (input.recipientUnitId) return writeUnits(databaseId(input.recipientUnitId));
      if (input.recipientPersonId) return writeUnits(await auth.currentUnitOf(databaseId(input.recipientPersonId)));
      return adminOnly;
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(proposeCommendationInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Commendation,
        change: async (tx) => {
          await checkProposal(tx, input);
          const commendation = await tx.commendation.create({
            data: {
              ...input,
              proposedAt: day(input.proposedAt),
              status: "PROPOSED",
              source: "REPORTED",
              transitions: { create: { fromStatus: null, toStatus: "PROPOSED", byId: context.session?.accountId ?? null, note: input.note ?? null } },
            },
          });
          return commendation.id;
        },
      });
      return context.prisma.commendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  reviewCommendation: t.prismaField({
    type: "Commendation",
    description: "PROPOSED → REVIEWED.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ReviewCommendationInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const id = await step(context, parseInput(reviewCommendationInput, args.input), "REVIEWED");
      return context.prisma.commendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  approveCommendation: t.prismaField({
    type: "Commendation",
    description: "REVIEWED → APPROVED.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ApproveCommendationInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const id = await step(context, parseInput(approveCommendationInput, args.input), "APPROVED");
      return context.prisma.commendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  rejectCommendation: t.prismaField({
    type: "Commendation",
    description: "REVIEWED → REJECTED, with the reason.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: RejectCommendationInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const id = await step(context, parseInput(rejectCommendationInput, args.input), "REJECTED");
      return context.prisma.commendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  decideCommendation: t.prismaField({
    type: "Commendation",
    description: "APPROVED → DECIDED, with the decision's number and date; settles the kind and level.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: DecideCommendationInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(decideCommendationInput, args.input);
      const id = await step(context, input, "DECIDED", async (_tx, commendation) => {
        if (commendation.kind === "UNSPECIFIED" && !input.kind) {
          throw ValidationError.of("kind", "The proposal named no kind: the decision must", "kindRequired");
        }
        const decisionDate = day(input.decisionDate);
        if (decisionDate < commendation.proposedAt) {
          throw ValidationError.of("decisionDate", "The decision cannot precede the proposal", "decisionBeforeProposal");
        }
        return { decisionNumber: input.decisionNumber, decisionDate, kind: input.kind, level: input.level };
      });
      return context.prisma.commendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
