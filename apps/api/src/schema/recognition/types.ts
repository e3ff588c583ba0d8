// Recognition: exemplary individuals (gương điển hình) and initiatives or models (mô hình, sáng
// kiến) that other units take up (nhân rộng).
import { builder } from "../../builder.js";

builder.prismaNode("Exemplar", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "An exemplary individual or collective recognised in a year, e.g. an officer who refused a bribe.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    unit: t.relation("unit"),
    person: t.relation("person", { nullable: true }),
    period: t.relation("period", { nullable: true }),
  }),
});

builder.prismaNode("Initiative", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "A model or initiative of a unit, and the units that replicated it.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    unit: t.relation("unit"),
    person: t.relation("person", { nullable: true }),
    period: t.relation("period", { nullable: true }),
    replications: t.relation("replications", {
      description: "The units that took it up, earliest first.",
      query: { orderBy: [{ fromDate: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("InitiativeReplication", {
  description: "A unit taking up an initiative (nhân rộng) from a day on.",
  fields: (t) => ({
    unit: t.relation("unit"),
    fromDate: t.expose("fromDate", { type: "Date" }),
  }),
});
