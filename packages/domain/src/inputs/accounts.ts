// Accounts (who may log in, separate from persons), passwords and login.
import { z } from "zod";
import { accountRoles } from "../enums.ts";
import { email, fail, id, name, requireChange, version } from "./common.ts";

// Passwords are compared as NFC so that the same characters typed on another keyboard match;
// they are never trimmed.
const password = z.string("Expected a password").overwrite((value) => value.normalize("NFC"));

/**
 * The password policy, after NIST SP 800-63B: long rather than complicated. 12 to 128 characters,
 * no composition rules, but not a run of a few repeated characters ("aaaaaaaaaaaa", "121212121212").
 */
export const newPassword = password
  .min(12, { error: "At least 12 characters", abort: true })
  .max(128, { error: "At most 128 characters", abort: true })
  .refine((value) => new Set(value).size >= 5, {
    error: "Too repetitive: use at least 5 different characters",
    params: { reason: "passwordRepetitive" },
  });

function checkNotEmailName(ctx: z.core.$RefinementCtx<unknown>, address: string, secret: string, path: string) {
  const local = address.split("@")[0] ?? "";
  if (local.length >= 4 && secret.toLowerCase().includes(local)) {
    fail(ctx, [path], "Must not contain the account's email name", "passwordContainsEmail");
  }
}

const role = z.enum(accountRoles);

/** A UNIT_EDITOR writes only in the subtree of its unit, so it needs one. */
function checkEditorUnit(
  ctx: z.core.$RefinementCtx<unknown>,
  account: { role?: string | undefined; unitId?: number | null | undefined },
) {
  if (account.role === "UNIT_EDITOR" && account.unitId == null) {
    fail(ctx, ["unitId"], "A unit editor needs a unit", "editorNeedsUnit");
  }
}

/** Created by an admin, with a first password the owner must change by default. */
export const createAccountInput = z
  .object({
    email,
    displayName: name(120),
    role,
    unitId: id.nullish(),
    personId: id.nullish(),
    password: newPassword,
    mustChangePassword: z.boolean().default(true),
  })
  .superRefine((account, ctx) => {
    checkEditorUnit(ctx, account);
    checkNotEmailName(ctx, account.email, account.password, "password");
  });
export type CreateAccountInput = z.infer<typeof createAccountInput>;

/** unitId null clears the unit; the API also refuses to leave a UNIT_EDITOR without one. */
export const updateAccountInput = z
  .object({
    id,
    version,
    displayName: name(120).optional(),
    role: role.optional(),
    unitId: id.nullish(),
    personId: id.nullish(),
    active: z.boolean().optional(),
  })
  .superRefine((account, ctx) => {
    requireChange()(account, ctx);
    if (account.unitId !== undefined) checkEditorUnit(ctx, account);
  });
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;

/** The owner changes their own password, proving they know the current one. */
export const changePasswordInput = z
  .object({ currentPassword: password.min(1, "Required"), newPassword })
  .superRefine((change, ctx) => {
    if (change.newPassword === change.currentPassword) {
      fail(ctx, ["newPassword"], "Must differ from the current password", "passwordUnchanged");
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** An admin sets a temporary password; the owner must change it at next login. */
export const resetPasswordInput = z.object({ id, version, newPassword });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

/** Login checks only the shape: the policy applies when a password is set, not when it is used. */
export const loginInput = z.object({
  email,
  password: password.min(1, "Required").max(1024, "At most 1024 characters"),
});
export type LoginInput = z.infer<typeof loginInput>;
