// Accounts a fresh installation needs: a first admin (from the environment, else with a one-time
// password printed once), and on a demo database one account per role.
import type { PrismaClient } from "@thidua/db/prisma";
import type { AccountRole } from "@thidua/db/prisma-enums";
import { createAccountInput } from "@thidua/domain/inputs/accounts";
import { generatePassword, hashPassword } from "./passwords.js";

export const GENERATED_ADMIN_EMAIL = "admin@thidua.local";
/** Shorter than the password policy allows: demo accounts are written directly, never through createAccount. */
export const DEMO_PASSWORD = "thidua-demo";
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: AccountRole; displayName: string; unitCode?: string }> = [
  { email: "admin@demo.thidua", role: "ADMIN", displayName: "Demo admin" },
  { email: "editor.hp@demo.thidua", role: "UNIT_EDITOR", displayName: "Demo editor, CATP Hải Phòng", unitCode: "CATP-HP" },
  { email: "analyst@demo.thidua", role: "ANALYST", displayName: "Demo analyst" },
  { email: "viewer@demo.thidua", role: "VIEWER", displayName: "Demo viewer" },
];

export interface BootstrapOptions {
  /** THIDUA_ADMIN_EMAIL / THIDUA_ADMIN_PASSWORD, both or neither. */
  admin?: { email: string; password: string } | undefined;
  /** No demo accounts in production, whatever the database holds. */
  production: boolean;
  /** Where the one-time password goes: straight to the console, whatever the log level. */
  print: (text: string) => void;
  log: (line: string) => void;
}

export async function bootstrapAccounts(prisma: PrismaClient, options: BootstrapOptions): Promise<void> {
  if (options.admin) await createConfiguredAdmin(prisma, options.admin, options.log);
  if (!options.production && (await holdsDemoData(prisma))) await createDemoAccounts(prisma, options.log);
  if ((await prisma.account.count({ where: { role: "ADMIN", active: true } })) === 0) {
    await createGeneratedAdmin(prisma, options.print);
  }
}

async function createConfiguredAdmin(prisma: PrismaClient, admin: { email: string; password: string }, log: (line: string) => void) {
  const parsed = createAccountInput.safeParse({ ...admin, displayName: "Administrator", role: "ADMIN", mustChangePassword: false });
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`THIDUA_ADMIN_EMAIL / THIDUA_ADMIN_PASSWORD: ${reasons}`);
  }
  const { email, password, ...account } = parsed.data;
  // set once: later changes (a new password through the API) are not undone at the next start
  if (await prisma.account.findUnique({ where: { email }, select: { id: true } })) {
    log(`admin account ${email}: exists, left as it is`);
    return;
  }
  await prisma.account.create({ data: { ...account, email, passwordHash: await hashPassword(password) } });
  log(`admin account ${email}: created from THIDUA_ADMIN_EMAIL`);
}

/** The demo dataset is in the database (the embedded demo seeds it; production never does). */
async function holdsDemoData(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.person.count({ where: { source: "SYNTHETIC_DEMO" }, take: 1 })) > 0;
}

async function createDemoAccounts(prisma: PrismaClient, log: (line: string) => void) {
  const existing = new Set(
    (await prisma.account.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } }, select: { email: true } })).map(
      (account) => account.email,
    ),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { unitCode, ...account } of missing) {
    const unit = unitCode ? await prisma.unit.findUniqueOrThrow({ where: { code: unitCode }, select: { id: true } }) : null;
    await prisma.account.create({ data: { ...account, unitId: unit?.id ?? null, passwordHash } });
  }
  log(`demo accounts (password ${DEMO_PASSWORD}): ${missing.map((account) => account.email).join(", ")}`);
}

/** No active admin: one with a random password that works once, shown now and never again. */
async function createGeneratedAdmin(prisma: PrismaClient, print: (text: string) => void) {
  const password = generatePassword();
  const data = { role: "ADMIN" as const, active: true, mustChangePassword: true, passwordHash: await hashPassword(password) };
  await prisma.account.upsert({
    where: { email: GENERATED_ADMIN_EMAIL },
    create: { ...data, email: GENERATED_ADMIN_EMAIL, displayName: "Administrator" },
    update: { ...data, version: { increment: 1 } },
  });
  const rule = "=".repeat(72);
  print(
    [
      rule,
      "No administrator existed, so one was created:",
      `  email:              ${GENERATED_ADMIN_EMAIL}`,
      `  one-time password:  ${password}`,
      "It is printed only this once; sign in and change it (the account can do nothing else until then).",
      "To choose the first admin yourself, set THIDUA_ADMIN_EMAIL and THIDUA_ADMIN_PASSWORD.",
      rule,
    ].join("\n"),
  );
}
