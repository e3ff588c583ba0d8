// People and officers (CBCS): ranks, posts, unit assignments and party roles, all effective-dated. Root query fields.
import { builder } from "../../builder.js";
import { countRoster, loadRosterPage } from "../../loaders/roster-page.js";
import { readOn } from "../../rosters/as-of.js";
import { listArgs, listWhere } from "../filters/list.js";
import { heldOn, inForceOn, matchesSearch } from "../filters/where.js";
import { PeopleOrder, PersonFilter, PostFilter, PostsOrder, RankGrantFilter, RankGrantsOrder } from "./filters.js";
import { rosterSetsOf } from "./roster-sets.js";

/** The totals the roster loader read with a list's page, by the list's arguments. */
const rosterTotals = new WeakMap<object, Promise<number>>();

const RECORDS_AS_OF =
  "Only the records in force on this day (all records when omitted); the filter reads people's units and ranks on it (today when omitted).";

builder.queryFields((t) => ({
  person: t.prismaField({
    authScopes: { readRoster: true },
    type: "Person",
    nullable: true,
    description: "The person with this source key, or null when there is none.",
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _root, { key }, { prisma }) => prisma.person.findUnique({ ...query, where: { key } }),
  }),
  people: t.prismaConnection({
    authScopes: { readRoster: true },
    type: "Person",
    cursor: "id",
    description:
      "People by name unless orderBy says otherwise; the filter reads units, ranks and posts on asOf, and so do the rows' rank, " +
      "posts, partyRoles and assignments when asOf is given here and not on them.",
    args: {
      search: t.arg.string({ description: 'Words of the name, with or without diacritics: "tran van duong".' }),
      ...listArgs(t.arg, PersonFilter, PeopleOrder),
    },
    totalCount: async (_root, args, context) => {
      const sets = await rosterSetsOf(context, args);
      if (sets) return rosterTotals.get(args) ?? countRoster(context.reads, sets);
      return context.prisma.person.count({ where: await listWhere(context, args, PersonFilter, matchesSearch(args.search)) });
    },
    resolve: async ({ take, skip, cursor, ...selection }, _root, args, context) => {
      const sets = await rosterSetsOf(context, args);
      // the roster loader reads forwards from the start or from a cursor (skip: 1 steps over it)
      if (sets && take > 0 && skip === (cursor ? 1 : 0)) {
        const page = loadRosterPage(context.reads, sets, { limit: take, afterId: cursor?.id ?? null });
        rosterTotals.set(
          args,
          page.then((loaded) => loaded.total),
        );
        const { ids } = await page;
        const rows = await context.prisma.person.findMany({ ...selection, where: { id: { in: ids } }, orderBy: PeopleOrder.compile(null) });
        return readOn(rows, args.asOf);
      }
      return readOn(
        await context.prisma.person.findMany({
          ...selection,
          take,
          skip,
          cursor,
          where: await listWhere(context, args, PersonFilter, matchesSearch(args.search)),
          orderBy: PeopleOrder.compile(args.orderBy),
        }),
        args.asOf,
      );
    },
  }),
  posts: t.prismaConnection({
    authScopes: { readRoster: true },
    type: "PostAssignment",
    cursor: "id",
    description: "Posts (chức vụ) held by anyone, by title unless orderBy says otherwise.",
    args: listArgs(t.arg, PostFilter, PostsOrder, RECORDS_AS_OF),
    totalCount: async (_root, args, context) =>
      context.prisma.postAssignment.count({ where: await listWhere(context, args, PostFilter, heldOn(args.asOf)) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.postAssignment.findMany({
        ...query,
        where: await listWhere(context, args, PostFilter, heldOn(args.asOf)),
        orderBy: PostsOrder.compile(args.orderBy),
      }),
  }),
  rankGrants: t.prismaConnection({
    authScopes: { readRoster: true },
    type: "RankGrant",
    cursor: "id",
    description: "Rank grants (promotions), oldest first unless orderBy says otherwise.",
    args: listArgs(t.arg, RankGrantFilter, RankGrantsOrder, RECORDS_AS_OF),
    totalCount: async (_root, args, context) =>
      context.prisma.rankGrant.count({ where: await listWhere(context, args, RankGrantFilter, inForceOn(args.asOf)) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.rankGrant.findMany({
        ...query,
        where: await listWhere(context, args, RankGrantFilter, inForceOn(args.asOf)),
        orderBy: RankGrantsOrder.compile(args.orderBy),
      }),
  }),
}));

