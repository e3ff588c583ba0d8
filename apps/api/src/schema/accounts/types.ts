// Accounts (tài khoản): who signs in, with which role, for which unit. Separate from persons.
import { AccountRole } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";

export const AccountRoleEnum = builder.enumType(AccountRole, {
  name: "AccountRole",
  description: "ADMIN: everything. UNIT_EDITOR: writes in one unit's subtree. ANALYST: reads all but personal data. VIEWER: aggregates.",
});

export const Account = builder.prismaNode("Account", {
  id: { field: "id" },
  nullable: true,
  // one's own account, or any account for an admin
  authScopes: (account, { session }) => (session?.accountId === account.id ? { authenticated: true } : { admin: true }),
  description: "A sign-in to the API; may be linked to the person who uses it.",
  fields: (t) => ({
    email: t.exposeString("email"),
    displayName: t.exposeString("displayName"),
    role: t.expose("role", { type: AccountRoleEnum }),
    unit: t.relation("unit", { nullable: true, description: "The unit whose subtree a UNIT_EDITOR may write in." }),
    active: t.exposeBoolean("active", { description: "An inactive account cannot sign in; its sessions are ended." }),
    mustChangePassword: t.exposeBoolean("mustChangePassword", {
      description: "A generated or reset password: the account may do nothing but change it.",
    }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    version: t.exposeInt("version", { description: "Name it when updating: a stale version is a conflict." }),
  }),
});
