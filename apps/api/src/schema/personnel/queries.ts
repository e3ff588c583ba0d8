// People and officers (CBCS): ranks, posts, unit assignments and party roles, all effective-dated. Root query fields.
import { builder } from "../../builder.js";
import { matchesSearch } from "../filters/where.js";

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
    description: "People by name.",
    args: {
      search: t.arg.string({ description: 'Words of the name, with or without diacritics: "tran van duong".' }),
    },
    totalCount: (_connection, { search }, { prisma }) => prisma.person.count({ where: matchesSearch(search) }),
    resolve: (query, _root, { search }, { prisma }) =>
      prisma.person.findMany({ ...query, where: matchesSearch(search), orderBy: [{ fullName: "asc" }, { id: "asc" }] }),
  }),
}));
