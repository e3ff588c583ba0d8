// People and officers (CBCS): ranks, posts, unit assignments and party roles, all effective-dated. Root query fields.
import { builder } from "../../builder.js";
import { readOn } from "../../rosters/as-of.js";
import { listArgs, listWhere } from "../filters/list.js";
import { heldOn, inForceOn, matchesSearch } from "../filters/where.js";
import { PeopleOrder, PersonFilter, PostFilter, PostsOrder, RankGrantFilter, RankGrantsOrder } from "./filters.js";

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
    totalCount: async (_root, args, context) =>
      context.prisma.person.count({ where: await listWhere(context, args, PersonFilter, matchesSearch(args.search)) }),
    resolve: async (query, _root, args, context) =>
      readOn(
        await context.prisma.person.findMany({
          ...query,
          where: await listWhere(context, args, PersonFilter, matchesSearch(args.search)),
          orderBy: PeopleOrder.compile(args.orderBy),
        }),
        args.asOf,
      ),
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

