// Units (đơn vị): the tree from the ministry down to divisions. Root query fields.
import type { UnitKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { matchesSearch } from "../filters/where.js";
import { UnitFilter, UnitsOrder } from "./filters.js";
import { UnitKindEnum } from "./types.js";

/** A whole level of the tree fits in one page. */
const MAX_UNITS_PAGE = 1000;

builder.queryFields((t) => {
  const args = {
    search: t.arg.string({ description: 'Words of the name, code or short name, with or without diacritics: "hai phong".' }),
    kind: t.arg({ type: UnitKindEnum }),
    parentCode: t.arg.string({ description: "Only the direct children of this unit." }),
    ...listArgs(t.arg, UnitFilter, UnitsOrder),
  };
  type UnitArgs = { search?: string | null; kind?: UnitKind | null; parentCode?: string | null };
  const own = ({ search, kind, parentCode }: UnitArgs) => ({
    ...matchesSearch(search),
    ...(kind ? { kind } : {}),
    ...(parentCode ? { parent: { code: parentCode } } : {}),
  });

  return {
    unit: t.prismaField({
      authScopes: { readAggregates: true },
      type: "Unit",
      nullable: true,
      description: "The unit with this code, or null when there is none.",
      args: { code: t.arg.string({ required: true }) },
      resolve: (query, _root, { code }, { prisma }) => prisma.unit.findUnique({ ...query, where: { code } }),
    }),
    units: t.prismaConnection({
      authScopes: { readAggregates: true },
      type: "Unit",
      cursor: "id",
      maxSize: MAX_UNITS_PAGE,
      extensions: { maxPageSize: MAX_UNITS_PAGE },
      description: `Units, by code unless orderBy says otherwise; pages of up to ${MAX_UNITS_PAGE}.`,
      args,
      totalCount: async (_root, args, context) => context.prisma.unit.count({ where: await listWhere(context, args, UnitFilter, own(args)) }),
      resolve: async (query, _root, args, context) =>
        context.prisma.unit.findMany({
          ...query,
          where: await listWhere(context, args, UnitFilter, own(args)),
          orderBy: UnitsOrder.compile(args.orderBy),
        }),
    }),
  };
});
