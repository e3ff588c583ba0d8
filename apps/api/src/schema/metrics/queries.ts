// Root fields over indicators and their aggregated values.
import { z } from "zod";
import { builder } from "../../builder.js";
import { NotFoundError } from "../../errors.js";
import { computeIndicatorValue } from "../../metrics/indicator-value.js";
import { IndicatorCategoryEnum, IndicatorValue } from "./types.js";

builder.queryFields((t) => ({
  indicator: t.prismaField({
    authScopes: { readAggregates: true },
    type: "Indicator",
    nullable: true,
    description: "The indicator with this code, or null when there is none.",
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, { prisma }) => prisma.indicator.findUnique({ ...query, where: { code } }),
  }),
  indicators: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Indicator",
    cursor: "id",
    description: "The indicator catalogue in its reporting order.",
    args: { category: t.arg({ type: IndicatorCategoryEnum }) },
    totalCount: (_connection, { category }, { prisma }) => prisma.indicator.count({ where: category ? { category } : {} }),
    resolve: (query, _root, { category }, { prisma }) =>
      prisma.indicator.findMany({
        ...query,
        where: category ? { category } : {},
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { id: "asc" }],
      }),
  }),
  indicatorValue: t.field({
    authScopes: { readAggregates: true },
    type: IndicatorValue,
    description:
      "An indicator's value for a year, over the members of a cluster that year or over one unit (give exactly one " +
      "of clusterNumber and unitCode). An unknown indicator, cluster or unit is a NotFoundError.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      indicator: t.arg.string({ required: true, description: "The indicator's code." }),
      clusterNumber: t.arg.int(),
      unitCode: t.arg.string(),
      year: t.arg.int({ required: true, validate: z.number().int().min(1900).max(2200) }),
    },
    // loose: the parsed object becomes the resolver's args, so the other arguments must stay
    validate: z
      .looseObject({ clusterNumber: z.number().nullish(), unitCode: z.string().nullish() })
      .refine(({ clusterNumber, unitCode }) => (clusterNumber == null) !== (unitCode == null), {
        message: "Give exactly one of clusterNumber and unitCode",
        path: ["clusterNumber"],
      }),
    resolve: async (_root, args, { prisma }) => {
      const indicator = await prisma.indicator.findUnique({ where: { code: args.indicator } });
      if (!indicator) throw new NotFoundError("Indicator", args.indicator);
      let scope: { clusterId: number } | { unitId: number };
      if (args.clusterNumber != null) {
        const cluster = await prisma.cluster.findUnique({ where: { number: args.clusterNumber }, select: { id: true } });
        if (!cluster) throw new NotFoundError("Cluster", String(args.clusterNumber));
        scope = { clusterId: cluster.id };
      } else {
        const code = args.unitCode ?? "";
        const unit = await prisma.unit.findUnique({ where: { code }, select: { id: true } });
        if (!unit) throw new NotFoundError("Unit", code);
        scope = { unitId: unit.id };
      }
      const value = await computeIndicatorValue(prisma, { indicatorId: indicator.id, year: args.year, scope });
      return { ...value, indicator, year: args.year };
    },
  }),
}));
