// Observations: the raw figures units report, one per indicator, unit and period. Aggregates
// over them live in the metrics module.
import { DataSource, Granularity } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";

export const GranularityEnum = builder.enumType(Granularity, { name: "Granularity", description: "The span of an observation." });
export const DataSourceEnum = builder.enumType(DataSource, {
  name: "DataSource",
  description: "Where a row came from: the source article, a unit's report, an import, or synthetic demo or scale data.",
});

builder.prismaNode("Observation", {
  authScopes: { readRoster: true },
  id: { field: "id" },
  nullable: true,
  description: "One value of one indicator for one unit over a month, quarter or year starting at periodStart.",
  fields: (t) => ({
    indicator: t.relation("indicator"),
    unit: t.relation("unit"),
    granularity: t.expose("granularity", { type: GranularityEnum }),
    periodStart: t.expose("periodStart", { type: "Date" }),
    year: t.exposeInt("year"),
    value: t.exposeFloat("value"),
    numerator: t.exposeFloat("numerator", { nullable: true, description: "For rates: e.g. cases cleared." }),
    denominator: t.exposeFloat("denominator", { nullable: true, description: "For rates: e.g. cases recorded." }),
    source: t.expose("source", { type: DataSourceEnum }),
    sourceNote: t.exposeString("sourceNote", { nullable: true }),
  }),
});
