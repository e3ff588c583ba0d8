// Emulation clusters (cụm thi đua): members by year and the yearly leader (cụm trưởng). Root query fields.
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { ClusterFilter, ClustersOrder } from "./filters.js";

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
    args: listArgs(t.arg, ClusterFilter, ClustersOrder),
    totalCount: async (_root, args, context) => context.prisma.cluster.count({ where: await listWhere(context, args, ClusterFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.cluster.findMany({ ...query, where: await listWhere(context, args, ClusterFilter), orderBy: ClustersOrder.compile(args.orderBy) }),
  }),
}));
