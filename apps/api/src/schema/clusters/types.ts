// Emulation clusters (cụm thi đua): members by year and the yearly leader (cụm trưởng).
import { ClusterKind, ClusterRole } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { nestedCount, nestedPage } from "../../loaders/nested-connection.js";
import { eventsOfCluster, membersOfCluster } from "../../loaders/sources.js";
import { asOfDay } from "../../rosters/as-of.js";
import { memberIn } from "../filters/where.js";
import { Unit } from "../units/types.js";

export const ClusterKindEnum = builder.enumType(ClusterKind, { name: "ClusterKind" });
export const ClusterRoleEnum = builder.enumType(ClusterRole, { name: "ClusterRole" });

export const Cluster = builder.prismaNode("Cluster", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "An emulation cluster (Cụm thi đua) or bloc (Khối thi đua) of the ministry.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    name: t.exposeString("name"),
    nameEn: t.exposeString("nameEn"),
    kind: t.expose("kind", { type: ClusterKindEnum }),
    members: t.field({
      type: [Unit],
      description: "The member units in that year, by code.",
      args: { year: t.arg.int({ required: true }) },
      select: ({ year }, _context, nestedSelection) => ({
        memberships: { where: memberIn(year), orderBy: { unit: { code: "asc" } }, select: { unit: nestedSelection(true) } },
      }),
      resolve: (cluster) => cluster.memberships.map((membership) => membership.unit),
    }),
    memberships: t.relation("memberships", {
      description: "Every membership with its years.",
      query: { orderBy: [{ fromYear: "asc" }, { id: "asc" }] },
    }),
    leader: t.field({
      type: Unit,
      nullable: true,
      description: "The cluster leader unit (Cụm trưởng) of that year, or null when none is recorded.",
      args: { year: t.arg.int({ required: true }) },
      select: ({ year }, _context, nestedSelection) => ({
        leadershipTerms: { where: { year, role: ClusterRole.LEADER }, take: 1, select: { unit: nestedSelection(true) } },
      }),
      resolve: (cluster) => cluster.leadershipTerms[0]?.unit ?? null,
    }),
    leadershipTerms: t.relation("leadershipTerms", {
      description: "Leader and deputy terms by year.",
      args: { year: t.arg.int(), role: t.arg({ type: ClusterRoleEnum }) },
      query: ({ year, role }) => ({
        where: { ...(year != null ? { year } : {}), ...(role ? { role } : {}) },
        orderBy: [{ year: "asc" }, { role: "asc" }],
      }),
    }),
    membersConnection: t.prismaConnection({
      type: "Unit",
      cursor: "id",
      description: "The member units in a year, by code, as a connection.",
      args: { year: t.arg.int({ description: "The member year; this year in Vietnam when omitted." }) },
      totalCount: (cluster, args, context, info) =>
        nestedCount(context, info, args, membersOfCluster(args.year ?? asOfDay(null).getUTCFullYear()), cluster.id),
      resolve: (query, cluster, args, context, info) =>
        nestedPage(context, info, args, query, membersOfCluster(args.year ?? asOfDay(null).getUTCFullYear()), cluster.id, (ids, selection) =>
          context.prisma.unit.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    events: t.prismaConnection({
      type: "Event",
      cursor: "id",
      description: "The cluster's conferences and meetings, latest first.",
      totalCount: (cluster, args, context, info) => nestedCount(context, info, args, eventsOfCluster(), cluster.id),
      resolve: (query, cluster, args, context, info) =>
        nestedPage(context, info, args, query, eventsOfCluster(), cluster.id, (ids, selection) =>
          context.prisma.event.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
  }),
});

builder.prismaObject("ClusterMembership", {
  authScopes: { readAggregates: true },
  fields: (t) => ({
    unit: t.relation("unit"),
    fromYear: t.exposeInt("fromYear"),
    toYear: t.exposeInt("toYear", { nullable: true, description: "The last member year; null while open." }),
  }),
});

builder.prismaObject("LeadershipTerm", {
  authScopes: { readAggregates: true },
  description: "A unit's year as cluster leader or deputy leader.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    role: t.expose("role", { type: ClusterRoleEnum }),
    unit: t.relation("unit"),
    handedOverAt: t.expose("handedOverAt", {
      type: "Date",
      nullable: true,
      description: "The day the role was handed over to this unit.",
    }),
    handedOverAtEvent: t.relation("handedOverAtEvent", { nullable: true, description: "The conference where it was handed over." }),
    receivedBy: t.relation("receivedBy", { nullable: true, description: "Who received the role for the unit." }),
  }),
});
