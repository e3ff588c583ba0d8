// Emulation clusters (cụm thi đua): members by year and the yearly leader (cụm trưởng).
import { ClusterKind, ClusterRole } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { Unit } from "../units/types.js";

export const ClusterKindEnum = builder.enumType(ClusterKind, { name: "ClusterKind" });
export const ClusterRoleEnum = builder.enumType(ClusterRole, { name: "ClusterRole" });

/** Memberships run from fromYear to toYear inclusive, open-ended when toYear is null. */
const memberIn = (year: number) => ({ fromYear: { lte: year }, OR: [{ toYear: null }, { toYear: { gte: year } }] });

builder.prismaNode("Cluster", {
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
    events: t.relatedConnection("events", {
      cursor: "id",
      totalCount: true,
      description: "The cluster's conferences and meetings, latest first.",
      query: { orderBy: [{ date: "desc" }, { id: "desc" }] },
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
