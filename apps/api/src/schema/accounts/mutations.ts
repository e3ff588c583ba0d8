import { builder } from "../../builder.js";
import { clearedSessionCookie } from "../../auth/session.js";

builder.mutationFields((t) => ({
  logout: t.boolean({
    description: "Ends this session (cookie or bearer token); true when it was open.",
    resolve: async (_root, _args, { prisma, session, auth }) => {
      auth.setCookie(clearedSessionCookie());
      const { count } = await prisma.session.deleteMany({ where: { id: session!.id } });
      return count > 0;
    },
  }),
}));
