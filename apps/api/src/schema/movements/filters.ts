// MovementFilter, PeriodFilter and their orderings.
import { ClusterFilter } from "../clusters/filters.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { enumFilter } from "../filters/operators.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { PeriodStatusEnum } from "./types.js";

export const PeriodStatusFilter = enumFilter(PeriodStatusEnum, "PeriodStatus");

export const MovementFilter: EntityFilter<"Movement"> = entityFilter("Movement", "MovementFilter", "Conditions on movements.", (f) => ({
  code: f.text("code"),
  name: f.text("name"),
  nameEn: f.text("nameEn"),
}));

export const PeriodFilter: EntityFilter<"MovementPeriod"> = entityFilter("MovementPeriod", "PeriodFilter", "Conditions on periods.", (f) => ({
  year: f.int("year"),
  status: f.enum(PeriodStatusFilter, "status"),
  movement: f.relation(() => MovementFilter, (inner) => ({ movement: inner }), "The movement."),
  cluster: f.relation(() => ClusterFilter, (inner) => ({ cluster: inner }), "The cluster."),
}));

export const MovementsOrder = entityOrder("Movement", "Movements", { CODE: plain("code"), NAME: plain("name") }, [{ field: "CODE" }]);

export const PeriodsOrder = entityOrder(
  "MovementPeriod",
  "Periods",
  { YEAR: plain("year"), STATUS: plain("status"), CLUSTER_NUMBER: (direction) => ({ cluster: { number: direction } }) },
  [{ field: "YEAR", direction: "desc" }, { field: "CLUSTER_NUMBER" }],
);
