// Movements and periods. Root query fields.
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { MovementFilter, MovementsOrder, PeriodFilter, PeriodsOrder } from "./filters.js";

builder.queryFields((t) => ({
  movements: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Movement",
    cursor: "id",
    description: "Emulation movements by code.",
    args: listArgs(t.arg, MovementFilter, MovementsOrder),
    totalCount: async (_root, args, context) => context.prisma.movement.count({ where: await listWhere(context, args, MovementFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.movement.findMany({ ...query, where: await listWhere(context, args, MovementFilter), orderBy: MovementsOrder.compile(args.orderBy) }),
  }),
  periods: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "MovementPeriod",
    cursor: "id",
    description: "Movement periods, latest year first, then by cluster number.",
    args: listArgs(t.arg, PeriodFilter, PeriodsOrder),
    totalCount: async (_root, args, context) => context.prisma.movementPeriod.count({ where: await listWhere(context, args, PeriodFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.movementPeriod.findMany({ ...query, where: await listWhere(context, args, PeriodFilter), orderBy: PeriodsOrder.compile(args.orderBy) }),
  }),
}));
