// Accounts as the audit log shows them: every column but the password hash.
import type { Prisma } from "@thidua/db/prisma";
import type { AuditedEntity } from "../write/entities.js";

const audited = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  unitId: true,
  personId: true,
  active: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  lastLoginAt: true,
} satisfies Prisma.AccountSelect;

export type AccountSnapshot = Prisma.AccountGetPayload<{ select: typeof audited }>;

export const auditedAccount: AuditedEntity<AccountSnapshot> = {
  type: "Account",
  topic: null,
  unitsOf: () => [],
  load: (tx, id) => tx.account.findUnique({ where: { id }, select: audited }),
  claim: async (tx, id, version) => (await tx.account.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count,
};
