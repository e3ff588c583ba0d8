// The audit log: one entry per committed change, written in the change's own transaction.
import { AuditAction } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";

export const AuditActionEnum = builder.enumType(AuditAction, { name: "AuditAction" });

builder.prismaNode("AuditLog", {
  name: "AuditEntry",
  authScopes: { admin: true },
  id: { field: "id" },
  nullable: true,
  description: "Who changed what, when, from which request, with the record before and after.",
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    account: t.relation("account", { nullable: true, description: "Who; null once the account is deleted." }),
    requestId: t.exposeString("requestId", { nullable: true, description: "The x-request-id of the request that made it." }),
    action: t.expose("action", { type: AuditActionEnum }),
    entityType: t.exposeString("entityType", { description: "The record's GraphQL type, e.g. Officer." }),
    entityId: t.exposeString("entityId", { description: "The record's database id." }),
    before: t.expose("before", { type: "JSON", nullable: true, description: "Null for a creation." }),
    after: t.expose("after", { type: "JSON", nullable: true, description: "Null for a deletion." }),
  }),
});
