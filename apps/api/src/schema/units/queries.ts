// Units (đơn vị): the tree from the ministry down to divisions. Root query fields.
import type { UnitKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { matchesSearch } from "../filters/where.js";
import { UnitKindEnum } from "./types.js";

builder.queryFields((t) => {
  const args = {
    search: t.arg.string({ description: 'Words of the name, code or short name, with or without diacritics: "hai phong".' }),
    kind: t.arg({ type: UnitKindEnum }),
    parentCode: t.arg.string({ description: "Only the direct children of this unit." }),
  };
  type UnitArgs = { search?: string | null; kind?: UnitKind | null; parentCode?: string | null };
  const where = ({ search, kind, parentCode }: UnitArgs) => ({
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
      // large enough for a whole level of the tree in one page
      maxSize: 1000,
      description: "Units by code.",
      args,
      totalCount: (_connection, filter, { prisma }) => prisma.unit.count({ where: where(filter) }),
      resolve: (query, _root, filter, { prisma }) =>
        prisma.unit.findMany({ ...query, where: where(filter), orderBy: [{ code: "asc" }, { id: "asc" }] }),
    }),
  };
});
