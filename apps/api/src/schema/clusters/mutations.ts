// Clusters: membership by year and the yearly leadership terms with their handover. The cluster
// structure is the ministry's: these are the admin's.
import {
  addClusterMemberInput,
  assignLeadershipTermInput,
  endClusterMembershipInput,
  handOverLeadershipInput,
} from "@thidua/domain/inputs/clusters";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { day, type InputFields, idOf, parseInput } from "../../write/input.js";
import { activeUnit, found, isMember } from "../../write/rules.js";
import { adminOnly } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { ClusterRoleEnum } from "./types.js";

const VERSION = "Changes with every edit; an update names the version it read.";
builder.prismaObjectFields("ClusterMembership", (t) => ({
  id: t.globalID({ resolve: (membership) => ({ type: "ClusterMembership", id: membership.id }) }),
  version: t.exposeInt("version", { description: VERSION }),
}));
builder.prismaObjectFields("LeadershipTerm", (t) => ({
  id: t.globalID({ resolve: (term) => ({ type: "LeadershipTerm", id: term.id }) }),
  version: t.exposeInt("version", { description: VERSION }),
}));

const AddClusterMemberInput = builder.inputType("AddClusterMemberInput", {
  fields: (t) => ({
    clusterId: idOf(t, "Cluster", { required: true }),
    unitId: idOf(t, "Unit", { required: true }),
    fromYear: t.int({ required: true }),
    toYear: t.int({ description: "The last member year; open-ended when null." }),
  }),
});

const EndClusterMembershipInput = builder.inputType("EndClusterMembershipInput", {
  fields: (t) => ({
    id: idOf(t, "ClusterMembership", { required: true }),
    version: t.int({ required: true }),
    toYear: t.int({ required: true, description: "The last year the unit belongs to the cluster." }),
  }),
});

const leadershipFields = (t: InputFields) => ({
  clusterId: idOf(t, "Cluster", { required: true }),
  year: t.int({ required: true }),
  role: t.field({ type: ClusterRoleEnum, description: "LEADER (Cụm trưởng) unless said." }),
  unitId: idOf(t, "Unit", { required: true, description: "A member of the cluster that year." }),
});

const AssignClusterLeaderInput = builder.inputType("AssignClusterLeaderInput", {
  fields: (t) => leadershipFields(t),
});

const HandOverClusterLeadershipInput = builder.inputType("HandOverClusterLeadershipInput", {
  description: "Opens `year`'s term for `unitId`, taking over from the unit that held the role the year before.",
  fields: (t) => ({
    ...leadershipFields(t),
    handedOverAt: t.field({ type: "Date", required: true }),
    eventId: idOf(t, "Event", { description: "The conference where it happened: of this cluster, on handedOverAt." }),
    receivedById: idOf(t, "Person", { description: "Who received the role for the unit." }),
  }),
});

/** One unit per cluster, year and role, and that unit a member that year. */
async function checkTerm(tx: Tx, term: { clusterId: number; year: number; role: "LEADER" | "DEPUTY_LEADER"; unitId: number }) {
  await found(tx.cluster.findUnique({ where: { id: term.clusterId }, select: { id: true } }), "Cluster", term.clusterId);
  await activeUnit(tx, term.unitId, "unitId");
  if (!(await isMember(tx, term.clusterId, term.unitId, term.year))) {
    throw ValidationError.of("unitId", `The unit is not a member of the cluster in ${term.year}`, "notAMember");
  }
  const held = await tx.leadershipTerm.findUnique({
    where: { clusterId_year_role: { clusterId: term.clusterId, year: term.year, role: term.role } },
    select: { id: true },
  });
  if (held) throw ValidationError.of("year", `The cluster's ${term.role} for ${term.year} is already recorded`, "roleTaken");
}

builder.mutationFields((t) => ({
  addClusterMember: t.prismaField({
    type: "ClusterMembership",
    description: "A unit joins a cluster from a year (to a year, or open-ended).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: AddClusterMemberInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addClusterMemberInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.ClusterMembership,
        change: async (tx) => {
          await found(tx.cluster.findUnique({ where: { id: input.clusterId }, select: { id: true } }), "Cluster", input.clusterId);
          await activeUnit(tx, input.unitId, "unitId");
          const others = await tx.clusterMembership.findMany({ where: { clusterId: input.clusterId, unitId: input.unitId } });
          const last = input.toYear ?? Number.POSITIVE_INFINITY;
          if (others.some((other) => other.fromYear <= last && input.fromYear <= (other.toYear ?? Number.POSITIVE_INFINITY))) {
            throw ValidationError.of("fromYear", "The unit is already a member in some of these years", "datesOverlap");
          }
          const membership = await tx.clusterMembership.create({ data: { ...input, source: "REPORTED" } });
          return membership.id;
        },
      });
      return context.prisma.clusterMembership.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  endClusterMembership: t.prismaField({
    type: "ClusterMembership",
    description: "Sets the last year of a membership.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: EndClusterMembershipInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(endClusterMembershipInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.ClusterMembership,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, membership) => {
          if (input.toYear < membership.fromYear) {
            throw ValidationError.of("toYear", `The membership starts in ${membership.fromYear}`, "endsBeforeStart");
          }
          const laterTerm = await tx.leadershipTerm.findFirst({
            where: { clusterId: membership.clusterId, unitId: membership.unitId, year: { gt: input.toYear } },
            select: { year: true },
          });
          if (laterTerm) {
            throw ValidationError.of("toYear", `The unit leads the cluster in ${laterTerm.year}`, "leaderAfterEnd");
          }
          await tx.clusterMembership.update({ where: { id: membership.id }, data: { toYear: input.toYear } });
        },
      });
      return context.prisma.clusterMembership.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),

  assignClusterLeader: t.prismaField({
    type: "LeadershipTerm",
    description: "Records the leader (or deputy) unit of a cluster for a year; the unit must be a member that year.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: AssignClusterLeaderInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(assignLeadershipTermInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.LeadershipTerm,
        change: async (tx) => {
          await checkTerm(tx, input);
          return (await tx.leadershipTerm.create({ data: { ...input, source: "REPORTED" } })).id;
        },
      });
      return context.prisma.leadershipTerm.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  handOverClusterLeadership: t.prismaField({
    type: "LeadershipTerm",
    description:
      "The handover (bàn giao): the previous year's term ends with its year and this one opens, recorded with the day, the conference and who received it.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: HandOverClusterLeadershipInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(handOverLeadershipInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.LeadershipTerm,
        change: async (tx) => {
          const previous = await tx.leadershipTerm.findUnique({
            where: { clusterId_year_role: { clusterId: input.clusterId, year: input.year - 1, role: input.role } },
            select: { unitId: true },
          });
          if (!previous) {
            throw ValidationError.of("year", `No ${input.role} is recorded for ${input.year - 1} to hand over from`, "noTermToHandOver");
          }
          if (previous.unitId === input.unitId) {
            throw ValidationError.of("unitId", `The unit already held the role in ${input.year - 1}`, "sameUnit");
          }
          await checkTerm(tx, input);
          if (input.eventId != null) {
            const event = await found(tx.event.findUnique({ where: { id: input.eventId } }), "Event", input.eventId);
            if (event.clusterId !== input.clusterId) {
              throw ValidationError.of("eventId", "The event is not the cluster's", "eventOtherCluster");
            }
            if (event.date.getTime() !== day(input.handedOverAt).getTime()) {
              throw ValidationError.of("handedOverAt", "The event took place on another day", "eventOtherDay");
            }
          }
          if (input.receivedById != null) {
            await found(tx.person.findUnique({ where: { id: input.receivedById }, select: { id: true } }), "Person", input.receivedById);
          }
          const term = await tx.leadershipTerm.create({
            data: {
              clusterId: input.clusterId,
              year: input.year,
              role: input.role,
              unitId: input.unitId,
              handedOverAt: day(input.handedOverAt),
              handedOverAtEventId: input.eventId ?? null,
              receivedById: input.receivedById ?? null,
              source: "REPORTED",
            },
          });
          return term.id;
        },
      });
      return context.prisma.leadershipTerm.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
