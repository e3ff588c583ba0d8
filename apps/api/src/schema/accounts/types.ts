// Accounts (tài khoản): who signs in, with which role, for which unit. Separate from persons.
import { AccountRole } from "@thidua/db/prisma-enums";
import { InvalidCredentialsError, TooManyAttemptsError } from "../../auth/errors.js";
import { builder } from "../../builder.js";
import { ErrorInterface } from "../errors.js";

export const AccountRoleEnum = builder.enumType(AccountRole, {
  name: "AccountRole",
  description: "ADMIN: everything. UNIT_EDITOR: writes in one unit's subtree. ANALYST: reads all but personal data. VIEWER: aggregates.",
});

export const Account = builder.prismaNode("Account", {
  id: { field: "id" },
  nullable: true,
  // one's own account (also right after signing in, before the request has a session), or any for an admin
  authScopes: (account, { session }) =>
    session?.accountId === account.id ? { authenticated: true } : { admin: true, $granted: "signedInAccount" },
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
    version: t.exposeInt("version", { description: "Changes with every edit; an update names the version it read." }),
  }),
});

export interface SignedIn {
  token: string;
  expiresAt: Date;
  accountId: number;
}

export const SignedInRef = builder.objectRef<SignedIn>("SignedIn").implement({
  description: "A new session. Browsers also get it as an httpOnly cookie; scripts send the token as `Authorization: Bearer <token>`.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "Shown once: the server keeps only its hash." }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "Unless used before then: each use extends it, up to a maximum after signing in.",
    }),
    account: t.prismaField({
      type: "Account",
      grantScopes: ["signedInAccount"],
      resolve: (query, signedIn, _args, { prisma }) => prisma.account.findUniqueOrThrow({ ...query, where: { id: signedIn.accountId } }),
    }),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  description: "Wrong email or password (which one is not said), or an inactive account.",
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(TooManyAttemptsError, {
  name: "TooManyAttemptsError",
  description: "Too many failed sign-ins for this account or from this address; no attempt is checked before retryAt.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAt: t.expose("retryAt", { type: "DateTime" }),
    retryAfterSeconds: t.exposeInt("retryAfterSeconds"),
  }),
});
