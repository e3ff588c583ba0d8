import { builder } from "../../builder.js";

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "Account",
    description: "The signed-in account.",
    resolve: (query, _root, _args, { prisma, session }) =>
      // the root type's `authenticated` scope guarantees a session
      prisma.account.findUniqueOrThrow({ ...query, where: { id: session!.accountId } }),
  }),
}));
