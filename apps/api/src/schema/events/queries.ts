// Events: review conferences (hội nghị tổng kết) and meetings, with who took part and as what. Root query fields.
import type { EventKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { listArgs, listWhere } from "../filters/list.js";
import { withinYear } from "../filters/where.js";
import { EventFilter, EventsOrder, ParticipantFilter, ParticipantsOrder } from "./filters.js";
import { EventKindEnum } from "./types.js";

builder.queryFields((t) => {
  type EventArgs = { clusterNumber?: number | null; year?: number | null; kind?: EventKind | null };
  const own = ({ clusterNumber, year, kind }: EventArgs) => ({
    ...(clusterNumber != null ? { cluster: { number: clusterNumber } } : {}),
    ...(year != null ? { date: withinYear(year) } : {}),
    ...(kind ? { kind } : {}),
  });

  return {
    event: t.prismaField({
      authScopes: { readAggregates: true },
      type: "Event",
      nullable: true,
      description: "The event with this source key, or null when there is none.",
      args: { key: t.arg.string({ required: true }) },
      resolve: (query, _root, { key }, { prisma }) => prisma.event.findUnique({ ...query, where: { key } }),
    }),
    events: t.prismaConnection({
      authScopes: { readAggregates: true },
      type: "Event",
      cursor: "id",
      description: "Events, latest first unless orderBy says otherwise.",
      args: {
        clusterNumber: t.arg.int(),
        year: t.arg.int(),
        kind: t.arg({ type: EventKindEnum }),
        ...listArgs(t.arg, EventFilter, EventsOrder),
      },
      totalCount: async (_root, args, context) => context.prisma.event.count({ where: await listWhere(context, args, EventFilter, own(args)) }),
      resolve: async (query, _root, args, context) =>
        context.prisma.event.findMany({ ...query, where: await listWhere(context, args, EventFilter, own(args)), orderBy: EventsOrder.compile(args.orderBy) }),
    }),
    participants: t.prismaConnection({
      authScopes: { readAggregates: true },
      type: "EventParticipant",
      cursor: "id",
      description: "People's parts in events, latest event first: who directed, chaired, attended or spoke, with their title that day.",
      args: listArgs(t.arg, ParticipantFilter, ParticipantsOrder),
      totalCount: async (_root, args, context) => context.prisma.eventParticipant.count({ where: await listWhere(context, args, ParticipantFilter) }),
      resolve: async (query, _root, args, context) =>
        context.prisma.eventParticipant.findMany({
          ...query,
          where: await listWhere(context, args, ParticipantFilter),
          orderBy: ParticipantsOrder.compile(args.orderBy),
        }),
    }),
  };
});
