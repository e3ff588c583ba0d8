// Root fields over indicators and their aggregated values.
import { z } from "zod";
import { builder } from "../../builder.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { metricDimensions, queryMetrics } from "../../metrics/aggregate.js";
import { todayInReportingZone } from "../../metrics/calendar.js";
import { compareMetric } from "../../metrics/comparison.js";
import { reportingCompleteness } from "../../metrics/completeness.js";
import { computeIndicatorValue } from "../../metrics/indicator-value.js";
import { metricSeries } from "../../metrics/metric-series.js";
import { clusterScoreboard } from "../../metrics/scoreboard.js";
import { listArgs, listWhere } from "../filters/list.js";
import { IndicatorFilter, IndicatorsOrder } from "../observations/filters.js";
import {
  ComparisonModeEnum,
  dayRangeOf,
  MetricBucketEnum,
  MetricDimensionEnum,
  MetricPeriodInput,
  MetricScopeInput,
  yearSchema,
} from "./inputs.js";
import { ClusterScoreboard, IndicatorCategoryEnum, IndicatorValue, MetricComparison, MetricSeries, MetricValue, ReportingCompleteness } from "./types.js";

const metricErrors = () => ({ types: [NotFoundError, ValidationError], directResult: true });

builder.queryFields((t) => ({
  indicator: t.prismaField({
    authScopes: { readAggregates: true },
    type: "Indicator",
    nullable: true,
    description: "The indicator with this code, or null when there is none.",
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, { prisma }) => prisma.indicator.findUnique({ ...query, where: { code } }),
  }),
  indicators: t.prismaConnection({
    authScopes: { readAggregates: true },
    type: "Indicator",
    cursor: "id",
    description: "The indicator catalogue in its reporting order.",
    args: { category: t.arg({ type: IndicatorCategoryEnum }), ...listArgs(t.arg, IndicatorFilter, IndicatorsOrder) },
    totalCount: async (_root, args, context) =>
      context.prisma.indicator.count({ where: await listWhere(context, args, IndicatorFilter, args.category ? { category: args.category } : {}) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.indicator.findMany({
        ...query,
        where: await listWhere(context, args, IndicatorFilter, args.category ? { category: args.category } : {}),
        orderBy: IndicatorsOrder.compile(args.orderBy),
      }),
  }),
  indicatorValue: t.field({
    authScopes: { readAggregates: true },
    type: IndicatorValue,
    description:
      "An indicator's value for a year, over the members of a cluster that year or over one unit (give exactly one " +
      "of clusterNumber and unitCode). An unknown indicator, cluster or unit is a NotFoundError.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      indicator: t.arg.string({ required: true, description: "The indicator's code." }),
      clusterNumber: t.arg.int(),
      unitCode: t.arg.string(),
      year: t.arg.int({ required: true, validate: yearSchema }),
    },
    // loose: the parsed object becomes the resolver's args, so the other arguments must stay
    validate: z
      .looseObject({ clusterNumber: z.number().nullish(), unitCode: z.string().nullish() })
      .refine(({ clusterNumber, unitCode }) => (clusterNumber == null) !== (unitCode == null), {
        message: "Give exactly one of clusterNumber and unitCode",
        path: ["clusterNumber"],
      }),
    resolve: async (_root, args, { prisma, reads }) => {
      const indicator = await prisma.indicator.findUnique({ where: { code: args.indicator } });
      if (!indicator) throw new NotFoundError("Indicator", args.indicator);
      let scope: { clusterId: number } | { unitId: number };
      if (args.clusterNumber != null) {
        const cluster = await prisma.cluster.findUnique({ where: { number: args.clusterNumber }, select: { id: true } });
        if (!cluster) throw new NotFoundError("Cluster", String(args.clusterNumber));
        scope = { clusterId: cluster.id };
      } else {
        const code = args.unitCode ?? "";
        const unit = await prisma.unit.findUnique({ where: { code }, select: { id: true } });
        if (!unit) throw new NotFoundError("Unit", code);
        scope = { unitId: unit.id };
      }
      const value = await computeIndicatorValue(reads, { indicatorId: indicator.id, year: args.year, scope });
      return { ...value, indicator, year: args.year };
    },
  }),

  metricValue: t.field({
    authScopes: { readAggregates: true },
    type: MetricValue,
    description:
      "An indicator's value over any scope and span of days, by its own aggregation rule, with numerator, denominator, " +
      "observationCount and the units counted. One SQL statement. Unknown indicator, unit or cluster: NotFoundError.",
    errors: metricErrors(),
    args: {
      indicator: t.arg.string({ required: true, description: "The indicator's code." }),
      scope: t.arg({ type: MetricScopeInput, required: true }),
      period: t.arg({ type: MetricPeriodInput, required: true }),
    },
    resolve: async (_root, args, { reads }) => {
      const { rows } = await queryMetrics(reads, {
        indicatorCodes: [args.indicator],
        scope: args.scope,
        periods: { ranges: [dayRangeOf(args.period)] },
        groupBy: new Set(["INDICATOR"]),
        rowLimit: 1,
      });
      return { ...rows[0]!, label: null };
    },
  }),
  metricSeries: t.field({
    authScopes: { readAggregates: true },
    type: MetricSeries,
    description:
      "Indicators over a range cut into calendar buckets (Asia/Ho_Chi_Minh dates), grouped by any of UNIT, CLUSTER, " +
      "CATEGORY, INDICATOR and BUCKET (default: INDICATOR and BUCKET), computed by one GROUP BY statement. Every bucket " +
      "of the range appears, with a null value where nothing was reported. More than 20,000 rows is an error.",
    errors: metricErrors(),
    args: {
      indicators: t.arg.stringList({ required: true, description: "Indicator codes.", validate: z.array(z.string()).min(1).max(100) }),
      scope: t.arg({ type: MetricScopeInput, required: true }),
      from: t.arg({ type: "Date", required: true, description: "First day (included)." }),
      to: t.arg({ type: "Date", required: true, description: "Last day (included)." }),
      bucket: t.arg({ type: MetricBucketEnum, required: true, defaultValue: "MONTH" }),
      groupBy: t.arg({ type: [MetricDimensionEnum], required: true, defaultValue: ["INDICATOR", "BUCKET"] }),
    },
    resolve: async (_root, args, { reads }) => {
      const groupBy = new Set(args.groupBy);
      const series = await metricSeries(reads, {
        indicatorCodes: args.indicators,
        scope: args.scope,
        from: args.from,
        to: args.to,
        bucket: args.bucket,
        groupBy,
      });
      return {
        bucket: args.bucket,
        range: { from: args.from, to: args.to },
        groupBy: metricDimensions.filter((dimension) => groupBy.has(dimension)),
        indicators: series.indicators,
        rows: series.rows,
      };
    },
  }),
  metricComparison: t.field({
    authScopes: { readAggregates: true },
    type: MetricComparison,
    description:
      "An indicator over a scope in two spans and the change between them (one SQL statement). " +
      "YEAR_TO_DATE_VS_PRIOR_YEAR takes asOf; PERIOD_VS_PREVIOUS_PERIOD takes period; VS_BASELINE_YEAR takes period and baselineYear.",
    errors: metricErrors(),
    args: {
      indicator: t.arg.string({ required: true, description: "The indicator's code." }),
      scope: t.arg({ type: MetricScopeInput, required: true }),
      mode: t.arg({ type: ComparisonModeEnum, required: true }),
      asOf: t.arg({ type: "Date", description: "YEAR_TO_DATE_VS_PRIOR_YEAR: the last day counted; default today in Asia/Ho_Chi_Minh." }),
      period: t.arg({ type: MetricPeriodInput, description: "The current span (PERIOD_VS_PREVIOUS_PERIOD, VS_BASELINE_YEAR)." }),
      baselineYear: t.arg.int({ description: "VS_BASELINE_YEAR: the year compared with.", validate: yearSchema }),
    },
    validate: z
      .looseObject({ mode: z.string(), period: z.unknown().nullish(), baselineYear: z.number().nullish(), asOf: z.date().nullish() })
      .refine(({ mode, period }) => mode === "YEAR_TO_DATE_VS_PRIOR_YEAR" || period != null, { message: "This mode compares a period: give period", path: ["period"] })
      .refine(({ mode, baselineYear }) => (mode === "VS_BASELINE_YEAR") === (baselineYear != null), {
        message: "baselineYear goes with VS_BASELINE_YEAR, and only with it",
        path: ["baselineYear"],
      })
      .refine(({ mode, asOf }) => mode === "YEAR_TO_DATE_VS_PRIOR_YEAR" || asOf == null, { message: "asOf goes with YEAR_TO_DATE_VS_PRIOR_YEAR", path: ["asOf"] }),
    resolve: (_root, args, { reads }) => {
      const spans =
        args.mode === "YEAR_TO_DATE_VS_PRIOR_YEAR"
          ? { mode: args.mode, asOf: args.asOf ?? todayInReportingZone() }
          : args.mode === "PERIOD_VS_PREVIOUS_PERIOD"
            ? { mode: args.mode, period: dayRangeOf(args.period!) }
            : { mode: args.mode, period: dayRangeOf(args.period!), baselineYear: args.baselineYear! };
      return compareMetric(reads, { indicatorCode: args.indicator, scope: args.scope, spans });
    },
  }),
  clusterScoreboard: t.field({
    authScopes: { readAggregates: true },
    type: ClusterScoreboard,
    description:
      "For a cluster and a year: each member that year and each indicator, with its value, rank inside the cluster " +
      "(by the indicator's direction), change on the prior year and pledged target. One SQL statement.",
    errors: metricErrors(),
    args: {
      clusterNumber: t.arg.int({ required: true }),
      year: t.arg.int({ required: true, validate: yearSchema }),
      indicators: t.arg.stringList({ description: "Indicator codes; every indicator when omitted.", validate: z.array(z.string()).min(1).max(100).nullish() }),
    },
    resolve: (_root, args, { reads }) =>
      clusterScoreboard(reads, { clusterNumber: args.clusterNumber, year: args.year, indicatorCodes: args.indicators ?? null }),
  }),
  reportingCompleteness: t.field({
    authScopes: { readAggregates: true },
    type: ReportingCompleteness,
    description:
      "Which members of a cluster (members in each period's year) have not reported which indicators for which periods " +
      "of the granularity inside the span, and the share reported. One SQL statement.",
    errors: metricErrors(),
    args: {
      clusterNumber: t.arg.int({ required: true }),
      period: t.arg({ type: MetricPeriodInput, required: true }),
      granularity: t.arg({ type: MetricBucketEnum, required: true, defaultValue: "MONTH", description: "The periods expected: months, quarters or years." }),
      indicators: t.arg.stringList({ description: "Indicator codes; every indicator when omitted.", validate: z.array(z.string()).min(1).max(100).nullish() }),
    },
    resolve: (_root, args, { reads }) =>
      reportingCompleteness(reads, {
        clusterNumber: args.clusterNumber,
        range: dayRangeOf(args.period),
        granularity: args.granularity,
        indicatorCodes: args.indicators ?? null,
      }),
  }),
}));
