// Events: review conferences (hội nghị tổng kết) and meetings, with who took part and as what. Root query fields.
import type { EventKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { withinYear } from "../filters/where.js";
import { EventKindEnum } from "./types.js";

builder.queryFields((t) => {
  type EventArgs = { clusterNumber?: number | null; year?: number | null; kind?: EventKind | null };
  const where = ({ clusterNumber, year, kind }: EventArgs) => ({
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
      description: "Events, latest first.",
      args: { clusterNumber: t.arg.int(), year: t.arg.int(), kind: t.arg({ type: EventKindEnum }) },
      totalCount: (_connection, filter, { prisma }) => prisma.event.count({ where: where(filter) }),
      resolve: (query, _root, filter, { prisma }) =>
        prisma.event.findMany({ ...query, where: where(filter), orderBy: [{ date: "desc" }, { id: "desc" }] }),
    }),
  };
});
