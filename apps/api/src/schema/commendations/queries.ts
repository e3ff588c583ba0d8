// Commendations. Root query fields.
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { CommendationFilter, CommendationsOrder } from "./filters.js";

builder.queryFields((t) => ({
  commendations: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Commendation",
    cursor: "id",
    description: "Commendations, latest year first, then by the day proposed.",
    args: listArgs(t.arg, CommendationFilter, CommendationsOrder),
    totalCount: async (_root, args, context) => context.prisma.commendation.count({ where: await listWhere(context, args, CommendationFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.commendation.findMany({
        ...query,
        where: await listWhere(context, args, CommendationFilter),
        orderBy: CommendationsOrder.compile(args.orderBy),
      }),
  }),
}));
