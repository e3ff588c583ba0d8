// Roster statistics: counts of the people serving on a day, grouped as the analyst asks.
import type { Cluster as ClusterRow, Unit as UnitRow } from "@thidua/db/prisma";
import { builder } from "../../builder.js";
import { ageBands, type RosterDimension, type RosterGroupRow, rosterDimensions } from "../../rosters/statistics.js";
import { Cluster } from "../clusters/types.js";
import { GenderEnum, RankEnum, RankTierEnum } from "../personnel/types.js";
import { Unit } from "../units/types.js";

export const RosterDimensionEnum = builder.enumType("RosterDimension", {
  values: rosterDimensions,
  description:
    "What roster statistics group by. RANK and RANK_TIER: the rank held that day; UNIT: the unit assignment in force; CLUSTER: the " +
    "cluster the unit (or a unit above it) belonged to that year; POST_TITLE: the posts held that day; GENDER; AGE_BAND: age that day.",
});

export const AgeBandEnum = builder.enumType("AgeBand", { values: ageBands, description: "Age on the day, in whole years." });

/** A group with its unit and cluster rows, loaded once for all groups. */
export type RosterGroupValue = RosterGroupRow & { unit: UnitRow | null; cluster: ClusterRow | null };

export const RosterGroup = builder.objectRef<RosterGroupValue>("RosterGroup").implement({
  description: "One group: the values of the dimensions grouped by (the others are null) and how many people it holds.",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "People in the group, each once." }),
    rank: t.expose("rank", { type: RankEnum, nullable: true }),
    rankTier: t.expose("rankTier", { type: RankTierEnum, nullable: true }),
    unit: t.field({ type: Unit, nullable: true, resolve: (group) => group.unit }),
    cluster: t.field({ type: Cluster, nullable: true, resolve: (group) => group.cluster }),
    postTitle: t.exposeString("postTitle", { nullable: true, description: "Null: no post held that day." }),
    gender: t.expose("gender", { type: GenderEnum, nullable: true }),
    ageBand: t.expose("ageBand", { type: AgeBandEnum, nullable: true, description: "Null: birth date not recorded." }),
  }),
});

export interface RosterStatisticsValue {
  asOf: Date;
  groupBy: RosterDimension[];
  total: number;
  groups: RosterGroupValue[];
}

export const RosterStatistics = builder.objectRef<RosterStatisticsValue>("RosterStatistics").implement({
  description:
    "The people serving on a day (officers holding a rank that day, not retired), counted by group. A person with two posts, or whose " +
    "unit is in two clusters, counts in each of those groups but once in the total.",
  fields: (t) => ({
    asOf: t.expose("asOf", { type: "Date" }),
    groupBy: t.expose("groupBy", { type: [RosterDimensionEnum] }),
    total: t.exposeInt("total", { description: "People on the roster that day (after the filter)." }),
    groups: t.expose("groups", { type: [RosterGroup], description: "Ordered by the dimensions in turn; ranks up the ladder." }),
  }),
});
