// Indicators (chỉ tiêu) and the value objects computed from their observations.
import { Aggregation, Direction, IndicatorCategory, MeasureKind } from "@thidua/db/prisma-enums";
import type { Indicator as IndicatorRow, Unit as UnitRow } from "@thidua/db/prisma";
import { builder } from "../../builder.js";
import type { MetricDimension } from "../../metrics/aggregate.js";
import type { Bucket, DayRange } from "../../metrics/calendar.js";
import type { Change, Measured } from "../../metrics/change.js";
import type { Comparison } from "../../metrics/comparison.js";
import type { Completeness, Counts, ReportingGap } from "../../metrics/completeness.js";
import type { IndicatorValue as ComputedValue } from "../../metrics/indicator-value.js";
import type { SeriesRow } from "../../metrics/metric-series.js";
import type { Scoreboard, ScoreboardEntry } from "../../metrics/scoreboard.js";
import { Cluster } from "../clusters/types.js";
import { Unit } from "../units/types.js";
import { AssessmentEnum, ComparisonModeEnum, MetricBucketEnum, MetricDimensionEnum } from "./inputs.js";

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

export const MetricValue = builder.objectRef<SeriesRow>("MetricValue").implement({
  authScopes: { readAggregates: true },
  description:
    "An aggregate over a scope and a span of days, by the indicator's own rule (SUM for counts, 100 × Σnumerator / " +
    "Σdenominator for rates, never a mean of rates; AVERAGE, MAX, MIN or LAST otherwise). Counted: per unit and year, " +
    "the finest granularity it reported (months, else quarters, else its yearly figure), and only observations whose " +
    "whole period lies inside the span. The keys (bucket, indicator, category, unit, cluster) are set when grouped by them.",
  fields: (t) => ({
    from: t.field({ type: "Date", description: "First day covered.", resolve: (row) => row.from }),
    to: t.field({ type: "Date", description: "Last day covered (included).", resolve: (row) => row.to }),
    bucket: t.exposeString("label", { nullable: true, description: "The bucket when grouped by BUCKET: 2022-03, 2022-Q1 or 2022." }),
    indicator: t.field({ type: Indicator, nullable: true, resolve: (row) => row.indicator }),
    category: t.field({ type: IndicatorCategoryEnum, nullable: true, resolve: (row) => row.category }),
    unit: t.field({ type: Unit, nullable: true, resolve: (row) => row.unit }),
    cluster: t.field({ type: Cluster, nullable: true, description: "Null for units outside every cluster that year.", resolve: (row) => row.cluster }),
    value: t.exposeFloat("value", { nullable: true, description: "Exact, not rounded; null when nothing was reported." }),
    numerator: t.exposeFloat("numerator", { nullable: true, description: "Σ numerator of the observations that carry one (rates)." }),
    denominator: t.exposeFloat("denominator", { nullable: true, description: "Σ denominator of the observations that carry one (rates)." }),
    observationCount: t.exposeInt("observationCount"),
    unitCount: t.exposeInt("unitCount", { description: "Units whose observations were counted." }),
    unitCodes: t.exposeStringList("unitCodes", { description: "Codes of the units counted, in order." }),
  }),
});

export const MetricSeries = builder
  .objectRef<{ bucket: Bucket; range: DayRange; groupBy: MetricDimension[]; indicators: IndicatorRow[]; rows: SeriesRow[] }>("MetricSeries")
  .implement({
    authScopes: { readAggregates: true },
    fields: (t) => ({
      bucket: t.field({ type: MetricBucketEnum, resolve: (series) => series.bucket }),
      from: t.field({ type: "Date", resolve: (series) => series.range.from }),
      to: t.field({ type: "Date", resolve: (series) => series.range.to }),
      groupBy: t.field({ type: [MetricDimensionEnum], resolve: (series) => series.groupBy }),
      indicators: t.field({ type: [Indicator], description: "The indicators asked for, in catalogue order.", resolve: (series) => series.indicators }),
      rows: t.field({
        type: [MetricValue],
        description:
          "One row per combination of the grouping keys, every bucket of the range included (value null where nothing " +
          "was reported); ordered by bucket, category, indicator, cluster, unit.",
        resolve: (series) => series.rows,
      }),
    }),
  });

const ChangeInterface = builder.interfaceRef<Change>("ValueChange").implement({
  description: "How a value moved from a base period to the current one.",
  fields: (t) => ({
  absoluteChange: t.exposeFloat("absoluteChange", { nullable: true, description: "current − base (percentage points for a rate)." }),
  percentChange: t.exposeFloat("percentChange", {
    nullable: true,
    description: "100 × (current − base) / |base|; null when a value is missing, the base is 0, or smallNumbers.",
  }),
  smallNumbers: t.exposeBoolean("smallNumbers", {
    description: "Too few cases for a percentage to mean anything: a count whose base is below the indicator's smallNumberThreshold, or a rate with fewer cases (denominator) than that on either side.",
  }),
  betterOrWorse: t.field({ type: AssessmentEnum, nullable: true, description: "By the indicator's direction; null when a value is missing.", resolve: (change) => change.betterOrWorse }),
  }),
});

export const MetricComparison = builder.objectRef<Comparison>("MetricComparison").implement({
  authScopes: { readAggregates: true },
  interfaces: [ChangeInterface],
  fields: (t) => ({
    indicator: t.field({ type: Indicator, resolve: (comparison) => comparison.indicator }),
    mode: t.field({ type: ComparisonModeEnum, resolve: (comparison) => comparison.mode }),
    current: t.field({ type: MetricValue, resolve: (comparison) => ({ ...comparison.current, label: null }) }),
    base: t.field({
      type: MetricValue,
      description: "What current is compared with: the prior year's span, the previous period, or the baseline year's.",
      resolve: (comparison) => ({ ...comparison.base, label: null }),
    }),
  }),
});

const MeasuredRef = builder.objectRef<Measured>("MeasuredValue").implement({
  description: "A value with its parts (rates).",
  fields: (t) => ({
    value: t.exposeFloat("value", { nullable: true }),
    numerator: t.exposeFloat("numerator", { nullable: true }),
    denominator: t.exposeFloat("denominator", { nullable: true }),
  }),
});

const ScoreboardEntryRef = builder.objectRef<ScoreboardEntry>("ScoreboardEntry").implement({
  authScopes: { readAggregates: true },
  interfaces: [ChangeInterface],
  description: "One member and one indicator on a cluster's scoreboard; the change is on the year before.",
  fields: (t) => ({
    unit: t.field({ type: Unit, resolve: (entry) => entry.unit }),
    indicator: t.field({ type: Indicator, resolve: (entry) => entry.indicator }),
    value: t.exposeFloat("value", { nullable: true }),
    numerator: t.exposeFloat("numerator", { nullable: true }),
    denominator: t.exposeFloat("denominator", { nullable: true }),
    observationCount: t.exposeInt("observationCount"),
    rank: t.exposeInt("rank", {
      nullable: true,
      description:
        "Rank inside the cluster, best first by the indicator's direction (LOWER_IS_BETTER: the smallest value is 1). " +
        "Competition ranking: ties share a rank and the next one skips (1, 2, 2, 4). Null without a value.",
    }),
    rankedUnits: t.exposeInt("rankedUnits", { description: "Members with a value for this indicator." }),
    previous: t.field({ type: MeasuredRef, description: "The same member's value the year before.", resolve: (entry) => entry.previous }),
    target: t.exposeFloat("target", { nullable: true, description: "The member's pledged target (giao ước) for the year." }),
    targetMet: t.exposeBoolean("targetMet", {
      nullable: true,
      description: "value ≥ target (≤ for LOWER_IS_BETTER); null without a target or a value.",
    }),
  }),
});

export const ClusterScoreboard = builder.objectRef<Scoreboard>("ClusterScoreboard").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    cluster: t.field({ type: Cluster, resolve: (board) => board.cluster }),
    year: t.exposeInt("year"),
    indicators: t.field({ type: [Indicator], resolve: (board) => board.indicators }),
    members: t.field({ type: [Unit], description: "The members that year, by code.", resolve: (board) => board.members }),
    entries: t.field({
      type: [ScoreboardEntryRef],
      description: "Every member × indicator, by indicator (catalogue order), then rank (unranked last), then unit code.",
      resolve: (board) => board.entries,
    }),
  }),
});

const CompletenessCounts = builder.interfaceRef<Counts>("CompletenessCounts").implement({
  fields: (t) => ({
    expected: t.exposeInt("expected", { description: "Member × indicator × period cells expected." }),
    reported: t.exposeInt("reported"),
    ratio: t.exposeFloat("ratio", { nullable: true, description: "reported / expected; null when nothing was expected." }),
  }),
});

const UnitCompleteness = builder.objectRef<Counts & { unit: UnitRow }>("UnitCompleteness").implement({
  authScopes: { readAggregates: true },
  interfaces: [CompletenessCounts],
  fields: (t) => ({ unit: t.field({ type: Unit, resolve: (row) => row.unit }) }),
});

const ReportingGapRef = builder.objectRef<ReportingGap>("ReportingGap").implement({
  authScopes: { readAggregates: true },
  description: "A member that has not reported an indicator for some periods.",
  fields: (t) => ({
    unit: t.field({ type: Unit, resolve: (gap) => gap.unit }),
    indicator: t.field({ type: Indicator, resolve: (gap) => gap.indicator }),
    missing: t.field({ type: ["Date"], description: "First days of the periods not reported.", resolve: (gap) => gap.missing }),
  }),
});

export const ReportingCompleteness = builder.objectRef<Completeness>("ReportingCompleteness").implement({
  authScopes: { readAggregates: true },
  interfaces: [CompletenessCounts],
  description:
    "Which members reported which indicators for which periods. A period counts as reported when observations inside it " +
    "cover all its months (a quarter: its quarterly figure or its three months); a coarser figure never covers a finer period.",
  fields: (t) => ({
    cluster: t.field({ type: Cluster, resolve: (report) => report.cluster }),
    periods: t.field({ type: ["Date"], description: "The periods expected, by first day.", resolve: (report) => report.periods }),
    units: t.field({ type: [UnitCompleteness], description: "Each member, by code.", resolve: (report) => report.units }),
    gaps: t.field({ type: [ReportingGapRef], description: "By unit code, then indicator.", resolve: (report) => report.gaps }),
  }),
});
