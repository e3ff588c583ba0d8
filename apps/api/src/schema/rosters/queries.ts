// Rosters as of a day: who held a post, and roster statistics. Root query fields.
import { rankTier } from "@thidua/domain/ranks";
import { builder } from "../../builder.js";
import { AS_OF_DESCRIPTION, asOfDay, readOn } from "../../rosters/as-of.js";
import { matchingTitles } from "../../rosters/post-titles.js";
import { rosterStatistics } from "../../rosters/statistics.js";
import { filterScope } from "../filters/folded-text.js";
import { heldOn } from "../filters/where.js";
import { PersonFilter } from "../personnel/filters.js";
import { RosterDimensionEnum, RosterStatistics } from "./types.js";

builder.queryFields((t) => ({
  postHolders: t.prismaField({
    authScopes: { readRoster: true },
    type: ["PostAssignment"],
    description:
      'Who held a post of a unit on a day: postHolders(unitCode: "CATP-HP", title: "Giám đốc", asOf: "2022-11-23") { person { fullName } }. ' +
      "Every post of the unit when title is omitted; an unknown unit has none.",
    args: {
      unitCode: t.arg.string({ required: true }),
      title: t.arg.string({ description: 'In Vietnamese or English, with or without diacritics: "Giám đốc", "giam doc", "Director".' }),
      asOf: t.arg({ type: "Date", description: AS_OF_DESCRIPTION }),
    },
    resolve: async (query, _root, { unitCode, title, asOf }, context) => {
      const titles = title ? await matchingTitles(context, title) : null;
      const held = await context.prisma.postAssignment.findMany({
        ...query,
        where: {
          AND: [
            { unit: { code: unitCode } },
            heldOn(asOfDay(asOf)),
            titles ? { OR: [{ title: { in: titles.title } }, { titleEn: { in: titles.titleEn } }] } : {},
          ],
        },
        orderBy: [{ title: "asc" }, { person: { fullName: "asc" } }, { id: "asc" }],
      });
      // the holders' rank and posts read the same day
      readOn(
        held.flatMap((post) => ("person" in post && post.person ? [post.person as object] : [])),
        asOf,
      );
      return held;
    },
  }),
  rosterStatistics: t.field({
    // counts alone are aggregates; a filter can single people out, so it needs the roster scope
    authScopes: (_root, args) => (args.filter ? { readRoster: true } : { readAggregates: true }),
    type: RosterStatistics,
    description: "How many people served on a day, grouped by any of rank, rank tier, unit, cluster, post title, gender and age band.",
    args: {
      asOf: t.arg({ type: "Date", description: AS_OF_DESCRIPTION }),
      groupBy: t.arg({ type: [RosterDimensionEnum], required: true, description: "Dimensions to group by, in sort order; [] for the total only." }),
      filter: t.arg({ type: PersonFilter.ref, description: "Only the people it matches, read on asOf (needs roster access)." }),
    },
    resolve: async (_root, args, context) => {
      const asOf = asOfDay(args.asOf);
      const personIds = args.filter
        ? (await context.prisma.person.findMany({ where: await PersonFilter.compile(args.filter, filterScope(context, asOf)), select: { id: true } })).map(
            (person) => person.id,
          )
        : null;
      const { total, groups } = await rosterStatistics(context.prisma, { asOf, groupBy: args.groupBy, personIds });
      const unitIds = [...new Set(groups.map((group) => group.unitId).filter((id): id is number => id !== null))];
      const clusterIds = [...new Set(groups.map((group) => group.clusterId).filter((id): id is number => id !== null))];
      const [units, clusters] = await Promise.all([
        unitIds.length ? context.prisma.unit.findMany({ where: { id: { in: unitIds } } }) : [],
        clusterIds.length ? context.prisma.cluster.findMany({ where: { id: { in: clusterIds } } }) : [],
      ]);
      const unitById = new Map(units.map((unit) => [unit.id, unit]));
      const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
      return {
        asOf,
        groupBy: [...new Set(args.groupBy)],
        total,
        groups: groups.map((group) => ({
          ...group,
          rankTier: group.rankTier ?? (group.rank ? rankTier(group.rank) : null),
          unit: group.unitId === null ? null : (unitById.get(group.unitId) ?? null),
          cluster: group.clusterId === null ? null : (clusterById.get(group.clusterId) ?? null),
        })),
      };
    },
  }),
}));
