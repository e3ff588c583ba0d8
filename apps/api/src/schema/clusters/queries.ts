// Emulation clusters (cụm thi đua): members by year and the yearly leader (cụm trưởng). Root query fields.
import { builder } from "../../builder.js";

builder.queryFields((t) => ({
  cluster: t.prismaField({
    authScopes: { readAggregates: true },
    type: "Cluster",
    nullable: true,
    description: "The cluster with this number, or null when there is none.",
    args: { number: t.arg.int({ required: true }) },
    resolve: (query, _root, { number }, { prisma }) => prisma.cluster.findUnique({ ...query, where: { number } }),
  }),
  clusters: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Cluster",
    cursor: "id",
    description: "Clusters by number.",
    totalCount: (_connection, _args, { prisma }) => prisma.cluster.count(),
    resolve: (query, _root, _args, { prisma }) => prisma.cluster.findMany({ ...query, orderBy: { number: "asc" } }),
  }),
}));
