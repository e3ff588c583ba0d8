// Indicators (chỉ tiêu) and the value objects computed from their observations.
import { Aggregation, Direction, IndicatorCategory, MeasureKind } from "@thidua/db/prisma-enums";
import type { Indicator as IndicatorRow } from "@thidua/db/prisma";
import { builder } from "../../builder.js";
import type { IndicatorValue as ComputedValue } from "../../metrics/indicator-value.js";

export const IndicatorCategoryEnum = builder.enumType(IndicatorCategory, { name: "IndicatorCategory" });
export const MeasureKindEnum = builder.enumType(MeasureKind, { name: "MeasureKind" });
export const DirectionEnum = builder.enumType(Direction, { name: "Direction" });
export const AggregationEnum = builder.enumType(Aggregation, {
  name: "Aggregation",
  description: "How unit observations combine; RATIO_OF_SUMS is 100 × Σnumerator / Σdenominator, never a mean of rates.",
});

export const Indicator = builder.prismaNode("Indicator", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable key, e.g. CASE_CLEARANCE_RATE." }),
    name: t.exposeString("name"),
    nameEn: t.exposeString("nameEn"),
    category: t.expose("category", { type: IndicatorCategoryEnum }),
    measure: t.expose("measure", { type: MeasureKindEnum }),
    direction: t.expose("direction", { type: DirectionEnum }),
    aggregation: t.expose("aggregation", { type: AggregationEnum }),
    smallNumberThreshold: t.exposeInt("smallNumberThreshold", {
      description: "Below this many cases a percentage change is not meaningful.",
    }),
  }),
});

export const IndicatorValue = builder.objectRef<ComputedValue & { indicator: IndicatorRow; year: number }>("IndicatorValue").implement({
  authScopes: { readAggregates: true },
  description:
    "An indicator over one year for a cluster's members (or one unit): each unit's monthly observations " +
    "(its quarterly or yearly figure when it has no monthly ones), combined by the indicator's aggregation.",
  fields: (t) => ({
    indicator: t.field({ type: Indicator, resolve: (result) => result.indicator }),
    year: t.exposeInt("year"),
    value: t.exposeFloat("value", { nullable: true, description: "Exact, not rounded; null when nothing was reported." }),
    numerator: t.exposeFloat("numerator", { nullable: true, description: "Σ numerator (rates)." }),
    denominator: t.exposeFloat("denominator", { nullable: true, description: "Σ denominator (rates)." }),
    observationCount: t.exposeInt("observationCount"),
    unitCount: t.exposeInt("unitCount", { description: "Units whose observations were used." }),
    reportedValue: t.exposeFloat("reportedValue", {
      nullable: true,
      description: "The figure published for the whole cluster (e.g. at its review conference), when there is one.",
    }),
  }),
});
