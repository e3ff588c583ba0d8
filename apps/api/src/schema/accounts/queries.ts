import { builder } from "../../builder.js";
import { AccountRoleEnum } from "./types.js";

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "Account",
    description: "The signed-in account.",
    resolve: (query, _root, _args, { prisma, session }) =>
      // the root type's `authenticated` scope guarantees a session
      prisma.account.findUniqueOrThrow({ ...query, where: { id: session!.accountId } }),
  }),
  accounts: t.prismaConnection({
    type: "Account",
    cursor: "id",
    authScopes: { admin: true },
    description: "Every account, by email (admins only).",
    args: { role: t.arg({ type: AccountRoleEnum }), active: t.arg.boolean() },
    totalCount: (_connection, { role, active }, { prisma }) =>
      prisma.account.count({ where: { ...(role ? { role } : {}), ...(active != null ? { active } : {}) } }),
    resolve: (query, _root, { role, active }, { prisma }) =>
      prisma.account.findMany({
        ...query,
        where: { ...(role ? { role } : {}), ...(active != null ? { active } : {}) },
        orderBy: [{ email: "asc" }, { id: "asc" }],
      }),
  }),
}));
