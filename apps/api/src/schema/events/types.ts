// Events: review conferences (hội nghị tổng kết) and meetings, with who took part and as what.
import { EventKind, ParticipantRole } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { nestedCount, nestedPage } from "../../loaders/nested-connection.js";
import { participantsOfEvent } from "../../loaders/sources.js";
import { RankEnum } from "../personnel/types.js";

export const EventKindEnum = builder.enumType(EventKind, { name: "EventKind" });
export const ParticipantRoleEnum = builder.enumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "DIRECTS (chỉ đạo), CHAIRS (chủ trì), ATTENDS (dự), SPEAKS (phát biểu).",
});

builder.prismaNode("Event", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  fields: (t) => ({
    key: t.exposeString("key", { nullable: true, description: "Stable key from the source, e.g. cluster1-2022-review." }),
    kind: t.expose("kind", { type: EventKindEnum }),
    title: t.exposeString("title"),
    titleEn: t.exposeString("titleEn", { nullable: true }),
    date: t.expose("date", { type: "Date" }),
    timeOfDay: t.exposeString("timeOfDay", { nullable: true, description: "As the source says it, e.g. morning." }),
    outcomes: t.exposeStringList("outcomes", { description: "What the event concluded, one statement each." }),
    hostUnit: t.relation("hostUnit", { nullable: true }),
    cluster: t.relation("cluster", { nullable: true }),
    participants: t.relation("participants", {
      description: "In the order the source lists them.",
      query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    }),
    participantsConnection: t.prismaConnection({
      type: "EventParticipant",
      cursor: "id",
      description: "The participants as a connection, in the order the source lists them; with role, that role only.",
      args: { role: t.arg({ type: ParticipantRoleEnum }) },
      totalCount: (event, args, context, info) => nestedCount(context, info, args, participantsOfEvent(args.role), event.id),
      resolve: (query, event, args, context, info) =>
        nestedPage(context, info, args, query, participantsOfEvent(args.role), event.id, (ids, selection) =>
          context.prisma.eventParticipant.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    handovers: t.relation("handovers", {
      description: "Leadership terms handed over at this event.",
      query: { orderBy: [{ year: "asc" }, { role: "asc" }] },
    }),
  }),
});

builder.prismaObject("EventParticipant", {
  authScopes: { readAggregates: true },
  description: "A person's part in an event, with the title they held that day as the source gives it.",
  fields: (t) => ({
    role: t.expose("role", { type: ParticipantRoleEnum }),
    person: t.relation("person"),
    titleAtEvent: t.exposeString("titleAtEvent", { nullable: true }),
    titleAtEventEn: t.exposeString("titleAtEventEn", { nullable: true }),
    rankAtEvent: t.expose("rankAtEvent", { type: RankEnum, nullable: true, authScopes: { readRoster: true } }),
    unit: t.relation("unit", { nullable: true, description: "The unit the person represented." }),
    event: t.relation("event"),
  }),
});
