// ExemplarFilter, InitiativeFilter and their orderings.
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { PeriodFilter } from "../movements/filters.js";
import { PersonFilter } from "../personnel/filters.js";
import { UnitFilter } from "../units/filters.js";

export const ExemplarFilter: EntityFilter<"Exemplar"> = entityFilter("Exemplar", "ExemplarFilter", "Conditions on exemplars.", (f) => ({
  year: f.int("year"),
  title: f.text("title"),
  unit: f.relation(() => UnitFilter, (inner) => ({ unit: inner }), "The unit."),
  person: f.relation(() => PersonFilter, (inner) => ({ person: inner }), "The person, when one is named."),
  period: f.relation(() => PeriodFilter, (inner) => ({ period: inner }), "The movement period."),
}));

export const InitiativeFilter: EntityFilter<"Initiative"> = entityFilter("Initiative", "InitiativeFilter", "Conditions on initiatives.", (f) => ({
  year: f.int("year"),
  title: f.text("title"),
  unit: f.relation(() => UnitFilter, (inner) => ({ unit: inner }), "The unit it comes from."),
  person: f.relation(() => PersonFilter, (inner) => ({ person: inner }), "Its author, when one is named."),
  period: f.relation(() => PeriodFilter, (inner) => ({ period: inner }), "The movement period."),
  replicatedBy: f.relation(() => UnitFilter, (inner) => ({ replications: { some: { unit: inner } } }), "A matching unit took it up."),
}));

export const ExemplarsOrder = entityOrder("Exemplar", "Exemplars", { YEAR: plain("year"), TITLE: plain("title") }, [
  { field: "YEAR", direction: "desc" },
  { field: "TITLE" },
]);

export const InitiativesOrder = entityOrder("Initiative", "Initiatives", { YEAR: plain("year"), TITLE: plain("title") }, [
  { field: "YEAR", direction: "desc" },
  { field: "TITLE" },
]);
