// Observations: the raw reported figures. Root query fields.
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { ObservationFilter, ObservationsOrder } from "./filters.js";

builder.queryFields((t) => ({
  observations: t.prismaConnection({
    authScopes: { readRoster: true },
    type: "Observation",
    cursor: "id",
    description: "Reported figures, one per indicator, unit and period, oldest period first.",
    args: listArgs(t.arg, ObservationFilter, ObservationsOrder),
    totalCount: async (_root, args, context) => context.prisma.observation.count({ where: await listWhere(context, args, ObservationFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.observation.findMany({
        ...query,
        where: await listWhere(context, args, ObservationFilter),
        orderBy: ObservationsOrder.compile(args.orderBy),
      }),
  }),
}));
