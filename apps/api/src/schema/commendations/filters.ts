// CommendationFilter and CommendationsOrderBy.
import { ClusterFilter } from "../clusters/filters.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { enumFilter } from "../filters/operators.js";
import { entityOrder, nullsLast, plain } from "../filters/order-by.js";
import { PeriodFilter } from "../movements/filters.js";
import { PersonFilter } from "../personnel/filters.js";
import { UnitFilter } from "../units/filters.js";
import { CommendationKindEnum, CommendationLevelEnum, CommendationStatusEnum } from "./types.js";

export const CommendationKindFilter = enumFilter(CommendationKindEnum, "CommendationKind");
export const CommendationLevelFilter = enumFilter(CommendationLevelEnum, "CommendationLevel");
export const CommendationStatusFilter = enumFilter(CommendationStatusEnum, "CommendationStatus");

export const CommendationFilter: EntityFilter<"Commendation"> = entityFilter("Commendation", "CommendationFilter", "Conditions on commendations.", (f) => ({
  kind: f.enum(CommendationKindFilter, "kind"),
  level: f.enum(CommendationLevelFilter, "level"),
  status: f.enum(CommendationStatusFilter, "status"),
  title: f.text("title"),
  year: f.int("year"),
  proposedAt: f.date("proposedAt"),
  decisionNumber: f.text("decisionNumber"),
  decisionDate: f.date("decisionDate"),
  recipientUnit: f.relation(() => UnitFilter, (inner) => ({ recipientUnit: inner }), "The unit commended."),
  recipientPerson: f.relation(() => PersonFilter, (inner) => ({ recipientPerson: inner }), "The person commended."),
  cluster: f.relation(() => ClusterFilter, (inner) => ({ cluster: inner }), "The cluster that proposed it."),
  period: f.relation(() => PeriodFilter, (inner) => ({ period: inner }), "The movement period."),
}));

export const CommendationsOrder = entityOrder(
  "Commendation",
  "Commendations",
  {
    YEAR: plain("year"),
    PROPOSED_AT: plain("proposedAt"),
    DECISION_DATE: nullsLast("decisionDate"),
    STATUS: plain("status"),
    KIND: plain("kind"),
  },
  [{ field: "YEAR", direction: "desc" }, { field: "PROPOSED_AT" }],
);
