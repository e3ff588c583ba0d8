// EventFilter, ParticipantFilter and their orderings.
import { ClusterFilter } from "../clusters/filters.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { compileOperators, enumFilter } from "../filters/operators.js";
import { entityOrder, nullsLast, plain } from "../filters/order-by.js";
import { PersonFilter, RankFilter } from "../personnel/filters.js";
import { UnitFilter } from "../units/filters.js";
import { ranks } from "@thidua/domain/ranks";
import { EventKindEnum, ParticipantRoleEnum } from "./types.js";

export const EventKindFilter = enumFilter(EventKindEnum, "EventKind");
export const ParticipantRoleFilter = enumFilter(ParticipantRoleEnum, "ParticipantRole");

export const EventFilter: EntityFilter<"Event"> = entityFilter("Event", "EventFilter", "Conditions on events.", (f) => ({
  key: f.text("key"),
  kind: f.enum(EventKindFilter, "kind"),
  title: f.text("title"),
  date: f.date("date"),
  hostUnit: f.relation(() => UnitFilter, (inner) => ({ hostUnit: inner }), "The host unit."),
  cluster: f.relation(() => ClusterFilter, (inner) => ({ cluster: inner }), "The cluster holding it."),
  participant: f.relation(() => ParticipantFilter, (inner) => ({ participants: { some: inner } }), "Has a matching participant."),
}));

export const ParticipantFilter: EntityFilter<"EventParticipant"> = entityFilter(
  "EventParticipant",
  "ParticipantFilter",
  "Conditions on a person's part in an event.",
  (f) => ({
    role: f.enum(ParticipantRoleFilter, "role"),
    titleAtEvent: f.text("titleAtEvent"),
    rankAtEvent: f.custom(
      RankFilter,
      (operators) => ({ AND: compileOperators(operators, { column: "rankAtEvent", nullable: true, order: ranks }) }),
      "The rank the source gives for that day.",
    ),
    person: f.relation(() => PersonFilter, (inner) => ({ person: inner }), "Who took part."),
    unit: f.relation(() => UnitFilter, (inner) => ({ unit: inner }), "The unit they represented."),
    event: f.relation(() => EventFilter, (inner) => ({ event: inner }), "The event."),
  }),
);

export const EventsOrder = entityOrder(
  "Event",
  "Events",
  { DATE: plain("date"), TITLE: plain("title"), KIND: plain("kind") },
  [{ field: "DATE", direction: "desc" }],
);

export const ParticipantsOrder = entityOrder(
  "EventParticipant",
  "Participants",
  {
    EVENT_DATE: (direction) => ({ event: { date: direction } }),
    SOURCE_ORDER: plain("sortOrder"),
    ROLE: plain("role"),
    RANK_AT_EVENT: nullsLast("rankAtEvent"),
  },
  [{ field: "EVENT_DATE", direction: "desc" }, { field: "SOURCE_ORDER" }],
);
