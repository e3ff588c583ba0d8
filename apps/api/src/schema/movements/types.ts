// Emulation movements (phong trào thi đua, e.g. "Vì ANTQ") and their yearly periods per cluster.
import { PeriodStatus } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";

export const PeriodStatusEnum = builder.enumType(PeriodStatus, {
  name: "PeriodStatus",
  description: "PLANNED → ACTIVE → REVIEWING → CLOSED; a closed period is read-only.",
});

builder.prismaNode("Movement", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "An emulation movement run every year by the clusters, e.g. VI_ANTQ (Vì an ninh Tổ quốc).",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName", { nullable: true }),
    nameEn: t.exposeString("nameEn"),
  }),
});

builder.prismaNode("MovementPeriod", {
  name: "Period",
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "One year of a movement in one cluster: pledges are made, events held and commendations proposed in it.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    status: t.expose("status", { type: PeriodStatusEnum }),
    movement: t.relation("movement"),
    cluster: t.relation("cluster"),
  }),
});

builder.prismaNode("Pledge", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "Giao ước thi đua: a member unit's pledged target for one indicator in a period (in the indicator's unit of measure).",
  fields: (t) => ({
    period: t.relation("period"),
    unit: t.relation("unit"),
    indicator: t.relation("indicator"),
    target: t.exposeFloat("target"),
    note: t.exposeString("note", { nullable: true }),
  }),
});
