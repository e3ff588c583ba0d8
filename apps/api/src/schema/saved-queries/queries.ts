// Saved queries: the caller's own and those others shared.
import type { Prisma } from "@thidua/db/prisma";
import { builder } from "../../builder.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { listWhere } from "../filters/list.js";
import { databaseId } from "../../write/input.js";
import { SavedQuery } from "./types.js";

const SavedQueryFilter: EntityFilter<"SavedQuery"> = entityFilter("SavedQuery", "SavedQueryFilter", "Conditions on saved queries.", (f) => ({
  name: f.text("name"),
  shared: f.boolean("shared"),
}));

const SavedQueriesOrder = entityOrder(
  "SavedQuery",
  "SavedQueries",
  { NAME: plain("name"), UPDATED_AT: plain("updatedAt"), CREATED_AT: plain("createdAt") },
  [{ field: "NAME" }],
);

builder.queryFields((t) => ({
  savedQueries: t.prismaConnection({
    type: "SavedQuery",
    cursor: "id",
    authScopes: { saveQueries: true },
    description: "The caller's saved queries and those other accounts shared, by name.",
    args: {
      filter: t.arg({ type: SavedQueryFilter.ref }),
      mine: t.arg.boolean({ description: "Only the caller's own (true) or only those others shared (false)." }),
      orderBy: t.arg({ type: [SavedQueriesOrder.ref], description: "Keys in turn (the id breaks ties); by name when omitted." }),
    },
    totalCount: async (_root, args, context) =>
      context.prisma.savedQuery.count({ where: await listWhere(context, args, SavedQueryFilter, visible(context.session?.accountId, args.mine)) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.savedQuery.findMany({
        ...query,
        where: await listWhere(context, args, SavedQueryFilter, visible(context.session?.accountId, args.mine)),
        orderBy: SavedQueriesOrder.compile(args.orderBy),
      }),
  }),
  savedQuery: t.prismaField({
    type: "SavedQuery",
    nullable: true,
    authScopes: { saveQueries: true },
    description: "One saved query: the caller's own, or one shared; refused for another's private one.",
    args: { id: t.arg.globalID({ for: SavedQuery, required: true }) },
    resolve: (query, _root, { id }, context) => context.prisma.savedQuery.findUnique({ ...query, where: { id: databaseId(id) } }),
  }),
}));

/** The caller's own and the shared ones, an admin's list too: a list of one's working queries. */
function visible(accountId: number | undefined, mine: boolean | null | undefined): Prisma.SavedQueryWhereInput {
  const own = { accountId: accountId ?? -1 };
  if (mine === true) return own;
  if (mine === false) return { shared: true, NOT: own };
  return { OR: [{ shared: true }, own] };
}
