// The audit log for admins: newest first, filtered by record, account, action and time.
import type { AuditAction } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { databaseId } from "../../write/input.js";
import { Account } from "../accounts/types.js";
import { AuditActionEnum } from "./types.js";

builder.queryField("auditLog", (t) => {
  const args = {
    entityType: t.arg.string({ description: "e.g. Officer, Observation, Commendation." }),
    entityId: t.arg.string({ description: "The record's database id (with entityType)." }),
    accountId: t.arg.globalID({ for: Account, description: "Changes made by this account." }),
    action: t.arg({ type: AuditActionEnum }),
    from: t.arg({ type: "DateTime", description: "At or after this instant." }),
    to: t.arg({ type: "DateTime", description: "Before this instant." }),
  };
  interface Filter {
    entityType?: string | null;
    entityId?: string | null;
    accountId?: { id: string; typename: string } | null;
    action?: AuditAction | null;
    from?: Date | null;
    to?: Date | null;
  }
  const where = ({ entityType, entityId, accountId, action, from, to }: Filter) => ({
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(accountId ? { accountId: databaseId(accountId) } : {}),
    ...(action ? { action } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  });
  return t.prismaConnection({
    type: "AuditLog",
    cursor: "id",
    maxSize: 500,
    authScopes: { admin: true },
    description: "Every committed change, newest first.",
    args,
    totalCount: (_connection, filter, { prisma }) => prisma.auditLog.count({ where: where(filter) }),
    resolve: (query, _root, filter, { prisma }) => prisma.auditLog.findMany({ ...query, where: where(filter), orderBy: { id: "desc" } }),
  });
});
