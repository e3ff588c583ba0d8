// Commendations (khen thưởng): proposed for a unit or a person, then reviewed, approved or
// rejected, and decided with a decision number.
import { CommendationKind, CommendationLevel, CommendationStatus } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";

export const CommendationKindEnum = builder.enumType(CommendationKind, {
  name: "CommendationKind",
  description: "EMULATION_FLAG (Cờ thi đua), CERTIFICATE_OF_MERIT (Bằng khen), EMULATION_TITLE (Danh hiệu)…; UNSPECIFIED when the source names none.",
});
export const CommendationLevelEnum = builder.enumType(CommendationLevel, { name: "CommendationLevel" });
export const CommendationStatusEnum = builder.enumType(CommendationStatus, {
  name: "CommendationStatus",
  description: "PROPOSED → REVIEWED → APPROVED or REJECTED → DECIDED.",
});

builder.prismaNode("Commendation", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  fields: (t) => ({
    kind: t.expose("kind", { type: CommendationKindEnum }),
    level: t.expose("level", { type: CommendationLevelEnum, nullable: true }),
    title: t.exposeString("title", { nullable: true }),
    year: t.exposeInt("year"),
    status: t.expose("status", { type: CommendationStatusEnum }),
    recipientUnit: t.relation("recipientUnit", { nullable: true }),
    recipientPerson: t.relation("recipientPerson", { nullable: true }),
    recipientScope: t.exposeString("recipientScope", {
      nullable: true,
      description: 'When the source names no single recipient, e.g. "each member unit of cluster 1".',
    }),
    cluster: t.relation("cluster", { nullable: true }),
    period: t.relation("period", { nullable: true }),
    proposedAt: t.expose("proposedAt", { type: "Date" }),
    proposedAtEvent: t.relation("proposedAtEvent", { nullable: true }),
    decisionNumber: t.exposeString("decisionNumber", { nullable: true }),
    decisionDate: t.expose("decisionDate", { type: "Date", nullable: true }),
    note: t.exposeString("note", { nullable: true }),
  }),
});
