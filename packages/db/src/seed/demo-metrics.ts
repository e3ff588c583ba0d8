// The demo's figures: monthly observations of every indicator for every police department,
// with seasons, trends and the 2021 lockdowns, and rates drawn as numerator over denominator.
// Where the facts publish a cluster's combined rate, the members' monthly parts are fitted so
// that their ratio of sums gives exactly that figure.
import type { Prisma } from "../generated/prisma/client.js";
import { bulkInsert } from "./bulk.js";
import { covers, ymd } from "./dates.js";
import type { DemoOfficer } from "./demo-roster.js";
import { indicatorCatalog } from "./indicators.js";
import type { Region } from "./names.js";
import type { Random } from "./random.js";

const SOURCE = "SYNTHETIC_DEMO" as const;

export interface ReportingUnit {
  code: string;
  id: number;
  region: Region;
  /** relative size: 1 is an average province */
  size: number;
  /** the department and its divisions, whose officers make up its personnel strength */
  unitIds: readonly number[];
}

export interface Cell {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** A published combined rate the members' parts must reproduce (rounded to one decimal). */
export interface RateToFit {
  indicator: string;
  year: number;
  value: number;
  /** in a fixed order: the last unit's last month absorbs the rounding */
  unitCodes: readonly string[];
}

export class Figures {
  /** by `${indicator}|${unit}`: one cell per month, January of the first year first */
  readonly cells = new Map<string, Cell[]>();

  constructor(readonly years: readonly number[]) {}

  series(indicator: string, unit: string): Cell[] {
    const cells = this.cells.get(`${indicator}|${unit}`);
    if (!cells) throw new Error(`no figures for ${indicator} in ${unit}`);
    return cells;
  }

  /** The months of one year. */
  months(indicator: string, unit: string, year: number): Cell[] {
    const start = (year - this.years[0]!) * 12;
    return this.series(indicator, unit).slice(start, start + 12);
  }

  /** Sum of a year's values (counts and money). */
  total(indicator: string, unit: string, year: number): number {
    return this.months(indicator, unit, year).reduce((sum, cell) => sum + cell.value, 0);
  }

  /** Sum of numerators over sum of denominators, in percent, over several units' year. */
  ratioOfSums(indicator: string, units: readonly string[], year: number): number {
    let numerator = 0;
    let denominator = 0;
    for (const unit of units) {
      for (const cell of this.months(indicator, unit, year)) {
        numerator += cell.numerator ?? 0;
        denominator += cell.denominator ?? 0;
      }
    }
    return (100 * numerator) / denominator;
  }
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const percent = (numerator: number, denominator: number) => round((100 * numerator) / denominator, 2);

export function generateFigures(random: Random, units: readonly ReportingUnit[], years: readonly number[], officers: readonly DemoOfficer[]): Figures {
  const figures = new Figures(years);
  const months = years.flatMap((year) => Array.from({ length: 12 }, (_, index) => ({ year, month: index + 1 })));
  for (const unit of units) {
    for (const { code, model } of indicatorCatalog) {
      // each department has its own level for each indicator
      const effect = Math.exp(0.15 * random.normal());
      const level = random.next();
      let cells: Cell[];
      switch (model.kind) {
        case "count":
          cells = months.map(({ year, month }) => {
            const season = 1 + model.season * Math.cos((2 * Math.PI * (month - model.peakMonth)) / 12);
            const trend = (1 + model.trend) ** (year - years[0]!);
            const lockdown = model.lockdown && unit.region === "south" && year === 2021 && month >= 7 && month <= 9 ? 0.55 : 1;
            return { value: random.poisson(model.mean * unit.size * effect * season * trend * lockdown), numerator: null, denominator: null };
          });
          break;
        case "money":
          cells = months.map(({ year }) => ({
            value: round(model.mean * unit.size * effect * (1 + model.trend) ** (year - years[0]!) * Math.exp(0.45 * random.normal()), 1),
            numerator: null,
            denominator: null,
          }));
          break;
        case "score":
          cells = months.map(() => ({ value: Math.min(100, round(model.mean + 4 * (level - 0.5) + model.spread * random.normal(), 1)), numerator: null, denominator: null }));
          break;
        case "ratio": {
          const base = figures.series(model.of, unit.code);
          const [low, high] = model.rate;
          const yearly = new Map(years.map((year) => [year, low + (high - low) * Math.min(1, Math.max(0, level + 0.1 * random.normal()))]));
          cells = months.map(({ year }, index) => {
            const denominator = Math.max(1, model.share === 1 ? base[index]!.value : random.poisson(base[index]!.value * model.share));
            const rate = yearly.get(year)!;
            const numerator = Math.min(denominator, Math.max(0, Math.round(denominator * rate + Math.sqrt(denominator * rate * (1 - rate)) * random.normal())));
            return { value: percent(numerator, denominator), numerator, denominator };
          });
          break;
        }
        case "headcount":
          cells = months.map(({ year, month }) => {
            const monthEnd = ymd(year, month + 1, 0);
            const value = officers.filter(
              (officer) =>
                (officer.retiredAt === null || officer.retiredAt.getTime() > monthEnd.getTime()) &&
                officer.assignments.some((held) => unit.unitIds.includes(held.unitId) && covers(held, monthEnd)),
            ).length;
            return { value, numerator: null, denominator: null };
          });
          break;
      }
      figures.cells.set(`${code}|${unit.code}`, cells);
    }
  }
  return figures;
}

/**
 * Rescales the members' numerators of one year so that their ratio of sums rounds to the
 * published value, then puts the last few cases of rounding on the last cells. Each member's
 * own rate keeps its place relative to the others.
 */
export function fitRate(figures: Figures, fit: RateToFit): void {
  const cells = fit.unitCodes.flatMap((unit) => figures.months(fit.indicator, unit, fit.year));
  const denominator = cells.reduce((sum, cell) => sum + cell.denominator!, 0);
  const numerator = cells.reduce((sum, cell) => sum + cell.numerator!, 0);
  const target = Math.round((fit.value / 100) * denominator);
  for (const cell of cells) cell.numerator = Math.min(cell.denominator!, Math.round((cell.numerator! * target) / numerator));
  let residual = target - cells.reduce((sum, cell) => sum + cell.numerator!, 0);
  for (let index = cells.length - 1; index >= 0 && residual !== 0; index--) {
    const cell = cells[index]!;
    const delta = Math.max(-cell.numerator!, Math.min(cell.denominator! - cell.numerator!, residual));
    cell.numerator! += delta;
    residual -= delta;
  }
  for (const cell of cells) cell.value = percent(cell.numerator!, cell.denominator!);
  const achieved = round(figures.ratioOfSums(fit.indicator, fit.unitCodes, fit.year), 1);
  if (residual !== 0 || achieved !== fit.value) {
    throw new Error(`could not fit ${fit.indicator} ${fit.year} to ${fit.value} (got ${achieved})`);
  }
}

export async function insertFigures(tx: Prisma.TransactionClient, figures: Figures, units: readonly ReportingUnit[], indicatorIds: ReadonlyMap<string, number>): Promise<number> {
  const rows: Array<[number, number, string, Date, number, number, number | null, number | null, string]> = [];
  for (const unit of units) {
    for (const { code } of indicatorCatalog) {
      figures.series(code, unit.code).forEach((cell, index) => {
        const year = figures.years[0]! + Math.floor(index / 12);
        rows.push([indicatorIds.get(code)!, unit.id, "MONTH", ymd(year, (index % 12) + 1, 1), year, cell.value, cell.numerator, cell.denominator, SOURCE]);
      });
    }
  }
  await bulkInsert(
    tx,
    "observation",
    [
      ["indicatorId", "int4"],
      ["unitId", "int4"],
      ["granularity", '"Granularity"'],
      ["periodStart", "date"],
      ["year", "int4"],
      ["value", "float8"],
      ["numerator", "float8"],
      ["denominator", "float8"],
      ["source", '"DataSource"'],
    ],
    rows,
    { updatedAt: "now()" },
  );
  return rows.length;
}

// ---------------------------------------------------------------- pledges (giao ước thi đua)

export interface PledgingPeriod {
  id: number;
  year: number;
  members: readonly { code: string; id: number }[];
}

/** What members pledge each year: a fixed bar for rates and scores, a change on last year for counts. */
const pledgeRules: ReadonlyArray<{ indicator: string; bars?: readonly number[]; change?: number }> = [
  { indicator: "CASE_CLEARANCE_RATE", bars: [75, 78, 80] },
  { indicator: "SERIOUS_CASE_CLEARANCE_RATE", bars: [90, 92, 95] },
  { indicator: "DRUG_CASE_CLEARANCE_RATE", bars: [95] },
  { indicator: "TRAFFIC_ACCIDENTS", change: -0.05 },
  { indicator: "TRAFFIC_DEATHS", change: -0.05 },
  { indicator: "WANTED_ARRESTED", change: 0.05 },
  { indicator: "PARTY_BUILDING_SCORE", bars: [90] },
];

export async function insertPledges(
  tx: Prisma.TransactionClient,
  random: Random,
  figures: Figures,
  periods: readonly PledgingPeriod[],
  indicatorIds: ReadonlyMap<string, number>,
): Promise<number> {
  const data: Prisma.PledgeCreateManyInput[] = [];
  for (const period of periods) {
    for (const member of period.members) {
      for (const rule of pledgeRules) {
        let target: number;
        let note: string | null = null;
        if (rule.bars) {
          target = random.pick(rule.bars);
        } else {
          const previous = figures.years.includes(period.year - 1);
          const reference = figures.total(rule.indicator, member.code, previous ? period.year - 1 : period.year);
          target = Math.round(reference * (1 + rule.change!));
          if (previous) {
            const direction = rule.change! < 0 ? "Giảm" : "Tăng";
            note = `[demo] ${direction} ít nhất ${Math.abs(rule.change! * 100)}% so với năm ${period.year - 1}`;
          }
        }
        data.push({ periodId: period.id, unitId: member.id, indicatorId: indicatorIds.get(rule.indicator)!, target, note, source: SOURCE });
      }
    }
  }
  await tx.pledge.createMany({ data });
  return data.length;
}
