// The cluster scoreboard (bảng xếp hạng cụm): for a cluster, a year and some indicators, each member's
// value, its rank inside the cluster, its change on the prior year and its pledged target, in one
// statement (the engine's rows for the two years, ranked by a window function).
import type { Cluster, Indicator, Unit } from "@thidua/db/prisma";
import { NotFoundError } from "../errors.js";
import { type MetricsDatabase, metricRowCtes } from "./aggregate.js";
import { yearRange } from "./calendar.js";
import { type Change, changeBetween, type Measured } from "./change.js";
import { reviveRow } from "./revive-row.js";

export interface ScoreboardInput {
  clusterNumber: number;
  year: number;
  /** Indicator codes; all indicators in catalogue order when null. */
  indicatorCodes: readonly string[] | null;
}

export interface ScoreboardEntry extends Measured, Change {
  unit: Unit;
  indicator: Indicator;
  observationCount: number;
  /**
   * Competition ranking inside the cluster ("1, 2, 2, 4"): ties share a rank and the next rank
   * skips. Best first by the indicator's direction (LOWER_IS_BETTER: the smallest value is 1st).
   * Null for a member with no value; those come last.
   */
  rank: number | null;
  /** How many members have a value for this indicator (the ranks run from 1 to at most this). */
  rankedUnits: number;
  previous: Measured;
  /** The member's pledge (giao ước) for this indicator and year, if it made one. */
  target: number | null;
  /** Value reached the target by the indicator's direction; null without a target or a value. */
  targetMet: boolean | null;
}

export interface Scoreboard {
  cluster: Cluster;
  year: number;
  indicators: Indicator[];
  /** The members that year, by code. */
  members: Unit[];
  entries: ScoreboardEntry[];
}

interface EntryJson extends Measured {
  unitId: number;
  indicatorId: number;
  observationCount: number;
  rank: number | null;
  rankedUnits: number;
  previous: Measured;
  target: number | null;
  targetMet: boolean | null;
}

export async function clusterScoreboard(prisma: MetricsDatabase, input: ScoreboardInput): Promise<Scoreboard> {
  const scope = { clusterNumbers: [input.clusterNumber] };
  const rows = metricRowCtes(
    {
      indicatorCodes: input.indicatorCodes,
      scope,
      periods: { ranges: [yearRange(input.year), yearRange(input.year - 1)] },
      groupBy: new Set(["UNIT", "INDICATOR", "BUCKET"]),
    },
    // this year's members, followed into the prior year whatever their cluster was then
    { membersOfYear: input.year },
  );
  // the entries (ids and numbers: ASCII) in a column of their own: node-postgres decodes a column
  // with any non-ASCII character (the names) some fifty times slower
  const [{ result, entries }] = await prisma.$queryRaw<
    [{ result: { cluster: Record<string, unknown> | null; unknownIndicators: string[]; indicators: Indicator[]; members: Record<string, unknown>[] }; entries: EntryJson[] }]
  >`
    ${rows},
    entry AS (
      SELECT cur.unit_id, cur.indicator_id, cur.value, cur.numerator, cur.denominator, cur.observation_count,
             prev.value AS previous_value, prev.numerator AS previous_numerator, prev.denominator AS previous_denominator,
             i.direction, i."sortOrder" AS sort_order, i.code AS indicator_code, u.code AS unit_code,
             -- competition ranking; members without a value form their own partition and get no rank
             CASE WHEN cur.value IS NOT NULL THEN
               rank() OVER (PARTITION BY cur.indicator_id, cur.value IS NULL
                            ORDER BY CASE WHEN i.direction = 'LOWER_IS_BETTER' THEN cur.value ELSE -cur.value END)
             END::int AS rank,
             count(cur.value) OVER (PARTITION BY cur.indicator_id)::int AS ranked_units,
             pledge.target
        FROM metric_row cur
        JOIN metric_row prev ON prev.ordinal = 1 AND prev.unit_id = cur.unit_id AND prev.indicator_id = cur.indicator_id
        JOIN ind i ON i.id = cur.indicator_id
        JOIN unit u ON u.id = cur.unit_id
        LEFT JOIN LATERAL (
          SELECT p.target
            FROM pledge p
            JOIN movement_period mp ON mp.id = p."periodId"
            JOIN cluster c ON c.id = mp."clusterId"
           WHERE c.number = ${input.clusterNumber}::int AND mp.year = ${input.year}::int
             AND p."unitId" = cur.unit_id AND p."indicatorId" = cur.indicator_id
           ORDER BY mp.id
           LIMIT 1
        ) pledge ON TRUE
       WHERE cur.ordinal = 0
    )
    SELECT json_build_object(
      'cluster', (SELECT to_jsonb(c) FROM cluster c WHERE c.number = ${input.clusterNumber}::int),
      'unknownIndicators', (SELECT coalesce(json_agg(k ORDER BY k), '[]') FROM unnest(${input.indicatorCodes ?? []}::text[]) k
                             WHERE k NOT IN (SELECT code FROM ind)),
      'indicators', (SELECT coalesce(json_agg(to_jsonb(i) ORDER BY i."sortOrder", i.code), '[]') FROM ind i),
      'members', (SELECT coalesce(json_agg(to_jsonb(u) ORDER BY u.code), '[]')
                    FROM unit u WHERE u.id IN (SELECT unit_id FROM scope_unit))
    ) AS result,
    (SELECT coalesce(json_agg(json_build_object(
                    'unitId', e.unit_id, 'indicatorId', e.indicator_id,
                    'value', e.value, 'numerator', e.numerator, 'denominator', e.denominator,
                    'observationCount', e.observation_count, 'rank', e.rank, 'rankedUnits', e.ranked_units,
                    'previous', json_build_object('value', e.previous_value, 'numerator', e.previous_numerator, 'denominator', e.previous_denominator),
                    'target', e.target,
                    'targetMet', CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN e.value <= e.target ELSE e.value >= e.target END)
                  ORDER BY e.sort_order, e.indicator_code, e.rank NULLS LAST, e.unit_code), '[]')
                  FROM entry e) AS entries`;

  if (!result.cluster) throw new NotFoundError("Cluster", String(input.clusterNumber));
  const [unknown] = result.unknownIndicators;
  if (unknown !== undefined) throw new NotFoundError("Indicator", unknown);
  const indicators = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
  const members = new Map(result.members.map((json) => reviveRow<Unit>("Unit", json)).map((unit) => [unit.id, unit]));
  return {
    cluster: reviveRow<Cluster>("Cluster", result.cluster),
    year: input.year,
    indicators: result.indicators,
    members: [...members.values()],
    entries: entries.map(({ unitId, indicatorId, ...entry }) => {
      const indicator = indicators.get(indicatorId)!;
      return { ...entry, unit: members.get(unitId)!, indicator, ...changeBetween(indicator, entry, entry.previous) };
    }),
  };
}
