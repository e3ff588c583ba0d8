// Signing in and out, one's own password, and the admins' account management.
import {
  changePasswordInput,
  createAccountInput,
  loginInput,
  resetPasswordInput,
  updateAccountInput,
} from "@thidua/domain/inputs/accounts";
import { auditedAccount } from "../../auth/account-audit.js";
import { InvalidCredentialsError, TooManyAttemptsError } from "../../auth/errors.js";
import { hashPassword, verifyPassword } from "../../auth/passwords.js";
import { clearedSessionCookie, sessionCookie, startSession } from "../../auth/session.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { parseInput } from "../../write/input.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { Person } from "../personnel/types.js";
import { Unit } from "../units/types.js";
import { Account, AccountRoleEnum, type SignedIn, SignedInRef } from "./types.js";

const LoginInput = builder.inputType("LoginInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true, description: "12 to 128 characters, not repetitive, not the email's name." }),
  }),
});

const CreateAccountInput = builder.inputType("CreateAccountInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    displayName: t.string({ required: true }),
    role: t.field({ type: AccountRoleEnum, required: true }),
    unitId: t.globalID({ for: Unit, description: "Required for a UNIT_EDITOR: the subtree it writes in." }),
    personId: t.globalID({ for: Person, description: "The person who uses the account, if recorded." }),
    password: t.string({ required: true, description: "A first password (the password policy applies)." }),
    mustChangePassword: t.boolean({ description: "True unless said: the owner sets their own at first sign-in." }),
  }),
});

const UpdateAccountInput = builder.inputType("UpdateAccountInput", {
  description: "Absent fields stay as they are; a null unitId or personId clears it.",
  fields: (t) => ({
    id: t.globalID({ for: Account, required: true }),
    version: t.int({ required: true }),
    displayName: t.string(),
    role: t.field({ type: AccountRoleEnum }),
    unitId: t.globalID({ for: Unit }),
    personId: t.globalID({ for: Person }),
    active: t.boolean({ description: "False ends the account's sessions and refuses its sign-ins." }),
  }),
});

const ResetPasswordInput = builder.inputType("ResetPasswordInput", {
  fields: (t) => ({
    id: t.globalID({ for: Account, required: true }),
    version: t.int({ required: true }),
    newPassword: t.string({ required: true, description: "A temporary password: the owner must change it at next sign-in." }),
  }),
});

const signInErrors = [ValidationError, InvalidCredentialsError, TooManyAttemptsError];

/** A new session for the account: its cookie on the response, its token in the result. */
async function openSession(context: Context, accountId: number): Promise<SignedIn> {
  const { token, expiresAt } = await startSession(context.prisma, accountId, {
    ip: context.auth.clientAddress,
    userAgent: context.auth.userAgent,
  });
  context.auth.setCookie(sessionCookie(token));
  return { token, expiresAt, accountId };
}

/** Checks a password against the limits first: while one holds, not even a right one is checked. */
async function checkPassword(context: Context, email: string, passwordHash: string | null, password: string) {
  const { loginLimiter, clientAddress } = context.auth;
  const retryAt = loginLimiter.retryAt(email, clientAddress);
  if (retryAt) throw new TooManyAttemptsError(retryAt);
  if (!(await verifyPassword(passwordHash, password))) {
    loginLimiter.recordFailure(email, clientAddress);
    throw new InvalidCredentialsError();
  }
  loginLimiter.recordSuccess(email);
}

/**
 * The policy's rule that needs the account's email, which the change and reset inputs do not
 * carry (createAccountInput applies the same rule itself).
 */
function checkNotEmailName(email: string, password: string) {
  const name = email.split("@")[0] ?? "";
  if (name.length >= 4 && password.toLowerCase().includes(name)) {
    throw ValidationError.of("newPassword", "Must not contain the account's email name", "passwordContainsEmail");
  }
}

/** Unit and person references must exist; a UNIT_EDITOR must end up with a unit. */
async function checkReferences(tx: Tx, account: { role: string; unitId?: number | null; personId?: number | null }) {
  if (account.unitId != null && !(await tx.unit.findUnique({ where: { id: account.unitId }, select: { id: true } }))) {
    throw new NotFoundError("Unit", String(account.unitId));
  }
  if (account.personId != null && !(await tx.person.findUnique({ where: { id: account.personId }, select: { id: true } }))) {
    throw new NotFoundError("Person", String(account.personId));
  }
  if (account.role === "UNIT_EDITOR" && account.unitId == null) {
    throw ValidationError.of("unitId", "A unit editor needs a unit", "editorNeedsUnit");
  }
}

builder.mutationFields((t) => ({
  login: t.field({
    type: SignedInRef,
    // the one root field open to anonymous callers
    skipTypeScopes: true,
    description: "Signs in: a session cookie on the response and the same token in the result.",
    errors: { types: signInErrors, directResult: true },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { email, password } = parseInput(loginInput, args.input);
      const account = await context.prisma.account.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
      await checkPassword(context, email, account?.passwordHash ?? null, password);
      if (!account?.active) throw new InvalidCredentialsError();
      await context.prisma.account.update({ where: { id: account.id }, data: { lastLoginAt: new Date() } });
      return openSession(context, account.id);
    },
  }),

  logout: t.boolean({
    description: "Ends this session (cookie or bearer token); true when it was open.",
    resolve: async (_root, _args, { prisma, session, auth }) => {
      auth.setCookie(clearedSessionCookie());
      const { count } = await prisma.session.deleteMany({ where: { id: session!.id } });
      return count > 0;
    },
  }),

  changePassword: t.field({
    type: SignedInRef,
    description: "Sets one's own password, ends every session of the account and opens a new one for this caller.",
    errors: { types: signInErrors, directResult: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(changePasswordInput, args.input);
      const accountId = context.session!.accountId;
      const account = await context.prisma.account.findUniqueOrThrow({ where: { id: accountId }, select: { email: true, passwordHash: true } });
      await checkPassword(context, account.email, account.passwordHash, input.currentPassword);
      checkNotEmailName(account.email, input.newPassword);
      const passwordHash = await hashPassword(input.newPassword);
      await applyChange(context, {
        action: "UPDATE",
        entity: auditedAccount,
        id: accountId,
        expectedVersion: undefined,
        change: async (tx) => {
          await tx.account.update({ where: { id: accountId }, data: { passwordHash, mustChangePassword: false } });
          await tx.session.deleteMany({ where: { accountId } });
        },
      });
      return openSession(context, accountId);
    },
  }),

  createAccount: t.prismaField({
    type: "Account",
    authScopes: { admin: true },
    description: "A new account; its owner must change the first password unless said otherwise.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { password, ...input } = parseInput(createAccountInput, args.input);
      const passwordHash = await hashPassword(password);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: auditedAccount,
        change: async (tx) => {
          if (await tx.account.findUnique({ where: { email: input.email }, select: { id: true } })) {
            throw ValidationError.of("email", "An account with this email exists", "emailTaken");
          }
          await checkReferences(tx, input);
          return (await tx.account.create({ data: { ...input, passwordHash }, select: { id: true } })).id;
        },
      });
      return context.prisma.account.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  updateAccount: t.prismaField({
    type: "Account",
    authScopes: { admin: true },
    description: "Changes an account's name, role, unit, person or whether it is active.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { id, version, ...changes } = parseInput(updateAccountInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: auditedAccount,
        id,
        expectedVersion: version,
        change: async (tx, before) => {
          const after = { ...before, ...changes };
          await checkReferences(tx, after);
          // an admin cannot lock every admin out
          if (before.role === "ADMIN" && before.active && (after.role !== "ADMIN" || !after.active)) {
            const others = await tx.account.count({ where: { role: "ADMIN", active: true, id: { not: id } } });
            if (others === 0) throw ValidationError.of(changes.active === false ? "active" : "role", "The last active admin must stay one", "lastAdmin");
          }
          await tx.account.update({ where: { id }, data: changes });
          if (!after.active) await tx.session.deleteMany({ where: { accountId: id } });
        },
      });
      return context.prisma.account.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  resetPassword: t.prismaField({
    type: "Account",
    authScopes: { admin: true },
    description: "Sets a temporary password and ends the account's sessions; the owner must change it at next sign-in.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { id, version, newPassword } = parseInput(resetPasswordInput, args.input);
      const passwordHash = await hashPassword(newPassword);
      await applyChange(context, {
        action: "UPDATE",
        entity: auditedAccount,
        id,
        expectedVersion: version,
        change: async (tx, before) => {
          checkNotEmailName(before.email, newPassword);
          await tx.account.update({ where: { id }, data: { passwordHash, mustChangePassword: true } });
          await tx.session.deleteMany({ where: { accountId: id } });
        },
      });
      return context.prisma.account.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
