// Units (đơn vị): the tree from the ministry down to divisions.
import { UnitKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { nestedCount, nestedPage } from "../../loaders/nested-connection.js";
import { assignmentsOfUnit, officersOfUnit, postsOfUnit } from "../../loaders/sources.js";
import { AS_OF_DESCRIPTION, asOfDay, readOn } from "../../rosters/as-of.js";
import { matchingTitles } from "../../rosters/post-titles.js";

export const UnitKindEnum = builder.enumType(UnitKind, { name: "UnitKind" });

/** A unit's posts as its `posts` arguments ask. */
async function unitPosts(context: Context, { asOf, title }: { asOf?: Date | null; title?: string | null }) {
  return postsOfUnit({ asOf, titles: title ? await matchingTitles(context, title) : null });
}

export const Unit = builder.prismaNode("Unit", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "A unit of the People's Public Security: the ministry, a department, a city or provincial police, a division.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "This product's stable key, e.g. CATP-HP (not an official ministry code)." }),
    name: t.exposeString("name", { description: "Vietnamese name, exactly as written (NFC)." }),
    nameEn: t.exposeString("nameEn"),
    shortName: t.exposeString("shortName", { nullable: true, description: "e.g. CATP Hải Phòng" }),
    kind: t.expose("kind", { type: UnitKindEnum }),
    parent: t.relation("parent", { nullable: true }),
    children: t.relation("children", {
      description: "The units directly below, by code. A list, not a connection: a unit has few children.",
      query: { orderBy: { code: "asc" } },
    }),
    posts: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "PostAssignment",
      cursor: "id",
      description: "Posts in this unit (who is Director, Deputy Director…) by title; with asOf, those held on that day, with title, that title only.",
      args: {
        asOf: t.arg({ type: "Date", description: "Only the posts held on this day; all when omitted." }),
        title: t.arg.string({ description: 'A title in Vietnamese or English, with or without diacritics: "Giám đốc", "giam doc", "Director".' }),
      },
      totalCount: async (unit, args, context, info) => nestedCount(context, info, args, await unitPosts(context, args), unit.id),
      resolve: async (query, unit, args, context, info) =>
        nestedPage(context, info, args, query, await unitPosts(context, args), unit.id, (ids, selection) =>
          context.prisma.postAssignment.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    assignments: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "UnitAssignment",
      cursor: "id",
      description: "The people serving in this unit (its roster), earliest first; with asOf, those assigned on that day.",
      args: { asOf: t.arg({ type: "Date", description: "Only the assignments in force on this day; all when omitted." }) },
      totalCount: (unit, args, context, info) => nestedCount(context, info, args, assignmentsOfUnit(args.asOf), unit.id),
      resolve: (query, unit, args, context, info) =>
        nestedPage(context, info, args, query, assignmentsOfUnit(args.asOf), unit.id, (ids, selection) =>
          context.prisma.unitAssignment.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    officers: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "Person",
      cursor: "id",
      description: "The people serving in this unit itself (not its divisions) on asOf, by name; an asOf given here is also their rank's and posts' day.",
      args: { asOf: t.arg({ type: "Date", description: AS_OF_DESCRIPTION }) },
      totalCount: (unit, args, context, info) => nestedCount(context, info, args, officersOfUnit(asOfDay(args.asOf)), unit.id),
      resolve: async (query, unit, args, context, info) =>
        readOn(
          await nestedPage(context, info, args, query, officersOfUnit(asOfDay(args.asOf)), unit.id, (ids, selection) =>
            context.prisma.person.findMany({ ...selection, where: { id: { in: ids } } }),
          ),
          args.asOf,
        ),
    }),
  }),
});
