// Exemplars and initiatives. Root query fields.
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { ExemplarFilter, ExemplarsOrder, InitiativeFilter, InitiativesOrder } from "./filters.js";

builder.queryFields((t) => ({
  exemplars: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Exemplar",
    cursor: "id",
    description: "Exemplary individuals (gương điển hình), latest year first.",
    args: listArgs(t.arg, ExemplarFilter, ExemplarsOrder),
    totalCount: async (_root, args, context) => context.prisma.exemplar.count({ where: await listWhere(context, args, ExemplarFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.exemplar.findMany({ ...query, where: await listWhere(context, args, ExemplarFilter), orderBy: ExemplarsOrder.compile(args.orderBy) }),
  }),
  initiatives: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Initiative",
    cursor: "id",
    description: "Initiatives and models (mô hình, sáng kiến), latest year first.",
    args: listArgs(t.arg, InitiativeFilter, InitiativesOrder),
    totalCount: async (_root, args, context) => context.prisma.initiative.count({ where: await listWhere(context, args, InitiativeFilter) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.initiative.findMany({
        ...query,
        where: await listWhere(context, args, InitiativeFilter),
        orderBy: InitiativesOrder.compile(args.orderBy),
      }),
  }),
}));
