// ObservationFilter and IndicatorFilter (the metrics module aggregates; these list raw figures).
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { enumFilter } from "../filters/operators.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { AggregationEnum, DirectionEnum, IndicatorCategoryEnum, MeasureKindEnum } from "../metrics/types.js";
import { UnitFilter } from "../units/filters.js";
import { DataSourceEnum, GranularityEnum } from "./types.js";

export const GranularityFilter = enumFilter(GranularityEnum, "Granularity");
export const DataSourceFilter = enumFilter(DataSourceEnum, "DataSource");
export const IndicatorCategoryFilter = enumFilter(IndicatorCategoryEnum, "IndicatorCategory");
export const MeasureKindFilter = enumFilter(MeasureKindEnum, "MeasureKind");
export const DirectionFilter = enumFilter(DirectionEnum, "Direction");
export const AggregationFilter = enumFilter(AggregationEnum, "Aggregation");

export const IndicatorFilter: EntityFilter<"Indicator"> = entityFilter("Indicator", "IndicatorFilter", "Conditions on indicators.", (f) => ({
  code: f.text("code"),
  name: f.text("name"),
  nameEn: f.text("nameEn"),
  category: f.enum(IndicatorCategoryFilter, "category"),
  measure: f.enum(MeasureKindFilter, "measure"),
  direction: f.enum(DirectionFilter, "direction"),
  aggregation: f.enum(AggregationFilter, "aggregation"),
}));

export const ObservationFilter: EntityFilter<"Observation"> = entityFilter("Observation", "ObservationFilter", "Conditions on observations.", (f) => ({
  granularity: f.enum(GranularityFilter, "granularity"),
  periodStart: f.date("periodStart"),
  year: f.int("year"),
  value: f.float("value"),
  numerator: f.float("numerator"),
  denominator: f.float("denominator"),
  source: f.enum(DataSourceFilter, "source"),
  indicator: f.relation(() => IndicatorFilter, (inner) => ({ indicator: inner }), "The indicator."),
  unit: f.relation(() => UnitFilter, (inner) => ({ unit: inner }), "The reporting unit; { within: … } takes a unit's divisions too."),
}));

export const IndicatorsOrder = entityOrder(
  "Indicator",
  "Indicators",
  { REPORTING_ORDER: plain("sortOrder"), CODE: plain("code"), NAME: plain("name"), CATEGORY: plain("category") },
  [{ field: "REPORTING_ORDER" }, { field: "CODE" }],
);

export const ObservationsOrder = entityOrder(
  "Observation",
  "Observations",
  { PERIOD_START: plain("periodStart"), YEAR: plain("year"), VALUE: plain("value"), UNIT_CODE: (direction) => ({ unit: { code: direction } }) },
  [{ field: "PERIOD_START" }],
);
