// The synthetic indicator catalog (about fifteen, one or more per category) and how synthetic
// monthly values are drawn for each. CASE_CLEARANCE_RATE itself is defined by the facts.
import type { Prisma } from "../generated/prisma/client.js";
import type {
  Aggregation,
  DataSource,
  Direction,
  IndicatorCategory,
  MeasureKind,
} from "../generated/prisma/enums.js";

/** How a synthetic monthly value is drawn, per police department of size factor 1. */
export type IndicatorModel =
  | {
      kind: "count";
      mean: number;
      /** relative change per year (−0.04: four percent fewer each year) */
      trend: number;
      /** the month of the seasonal peak and its relative height */
      peakMonth: number;
      season: number;
      /** dropped during the 2021 lockdowns in the south */
      lockdown?: boolean;
    }
  | { kind: "money"; mean: number; trend: number }
  | { kind: "score"; mean: number; spread: number }
  /** a rate: its denominator is a share of another indicator's count, its numerator a share of that */
  | { kind: "ratio"; of: string; share: number; rate: readonly [low: number, high: number] }
  /** the officers on the department's roster at the month's end */
  | { kind: "headcount" };

export interface CatalogEntry {
  code: string;
  /** absent where facts.json defines the indicator */
  definition?: {
    name: string;
    nameEn: string;
    category: IndicatorCategory;
    measure: MeasureKind;
    direction: Direction;
    aggregation: Aggregation;
  };
  model: IndicatorModel;
}

export const indicatorCatalog: readonly CatalogEntry[] = [
  {
    code: "POLITICAL_SECURITY_INCIDENTS",
    definition: {
      name: "Số vụ việc phức tạp về an ninh chính trị",
      nameEn: "Complex political-security incidents",
      category: "POLITICAL_SECURITY",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 1.2, trend: -0.05, peakMonth: 5, season: 0.2 },
  },
  {
    code: "CRIMES_RECORDED",
    definition: {
      name: "Số vụ phạm tội về trật tự xã hội",
      nameEn: "Social-order crimes recorded",
      category: "CRIME",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 55, trend: -0.04, peakMonth: 1, season: 0.15, lockdown: true },
  },
  { code: "CASE_CLEARANCE_RATE", model: { kind: "ratio", of: "CRIMES_RECORDED", share: 1, rate: [0.74, 0.9] } },
  {
    code: "SERIOUS_CASE_CLEARANCE_RATE",
    definition: {
      name: "Tỷ lệ điều tra, khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng",
      nameEn: "Clearance rate of very serious and especially serious cases",
      category: "CRIME",
      measure: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "RATIO_OF_SUMS",
    },
    model: { kind: "ratio", of: "CRIMES_RECORDED", share: 0.12, rate: [0.9, 0.98] },
  },
  {
    code: "DRUG_CASES_DETECTED",
    definition: {
      name: "Số vụ phạm tội về ma túy phát hiện",
      nameEn: "Drug crime cases detected",
      category: "DRUGS",
      measure: "COUNT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 22, trend: 0.02, peakMonth: 12, season: 0.1 },
  },
  {
    code: "DRUG_CASE_CLEARANCE_RATE",
    definition: {
      name: "Tỷ lệ điều tra, làm rõ án ma túy",
      nameEn: "Drug case clearance rate",
      category: "DRUGS",
      measure: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "RATIO_OF_SUMS",
    },
    model: { kind: "ratio", of: "DRUG_CASES_DETECTED", share: 1, rate: [0.93, 0.99] },
  },
  {
    code: "ECONOMIC_CRIME_CASES",
    definition: {
      name: "Số vụ phạm tội về kinh tế, tham nhũng phát hiện",
      nameEn: "Economic and corruption crime cases detected",
      category: "ECONOMIC_CRIME",
      measure: "COUNT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 7, trend: 0.03, peakMonth: 10, season: 0.1 },
  },
  {
    code: "ASSETS_RECOVERED",
    definition: {
      name: "Giá trị tài sản thu hồi trong các vụ án kinh tế (triệu đồng)",
      nameEn: "Assets recovered in economic cases (million VND)",
      category: "ECONOMIC_CRIME",
      measure: "MONEY",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "money", mean: 1800, trend: 0.05 },
  },
  {
    code: "HIGH_TECH_CRIME_CASES",
    definition: {
      name: "Số vụ phạm tội sử dụng công nghệ cao phát hiện",
      nameEn: "High-tech crime cases detected",
      category: "HIGH_TECH_CRIME",
      measure: "COUNT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 2.5, trend: 0.25, peakMonth: 11, season: 0.1 },
  },
  {
    code: "WANTED_ARRESTED",
    definition: {
      name: "Số đối tượng truy nã bị bắt, vận động đầu thú",
      nameEn: "Wanted fugitives arrested or surrendered",
      category: "SOCIAL_ORDER",
      measure: "COUNT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 9, trend: 0, peakMonth: 12, season: 0.2 },
  },
  {
    code: "TRAFFIC_ACCIDENTS",
    definition: {
      name: "Số vụ tai nạn giao thông",
      nameEn: "Traffic accidents",
      category: "TRAFFIC_SAFETY",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 35, trend: -0.06, peakMonth: 2, season: 0.2, lockdown: true },
  },
  {
    code: "TRAFFIC_DEATHS",
    definition: {
      name: "Số người chết do tai nạn giao thông",
      nameEn: "Traffic deaths",
      category: "TRAFFIC_SAFETY",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 11, trend: -0.06, peakMonth: 2, season: 0.2, lockdown: true },
  },
  {
    code: "TRAFFIC_FINES",
    definition: {
      name: "Số tiền xử phạt vi phạm trật tự, an toàn giao thông (triệu đồng)",
      nameEn: "Traffic fines imposed (million VND)",
      category: "TRAFFIC_SAFETY",
      measure: "MONEY",
      direction: "HIGHER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "money", mean: 4500, trend: 0.08 },
  },
  {
    code: "FIRES",
    definition: {
      name: "Số vụ cháy",
      nameEn: "Fires",
      category: "FIRE_PREVENTION",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 5, trend: -0.03, peakMonth: 4, season: 0.35 },
  },
  {
    code: "DISCIPLINE_VIOLATIONS",
    definition: {
      name: "Số cán bộ, chiến sĩ vi phạm kỷ luật",
      nameEn: "Officers disciplined",
      category: "FORCE_BUILDING",
      measure: "COUNT",
      direction: "LOWER_IS_BETTER",
      aggregation: "SUM",
    },
    model: { kind: "count", mean: 0.8, trend: -0.05, peakMonth: 2, season: 0.1 },
  },
  {
    code: "PERSONNEL_STRENGTH",
    definition: {
      name: "Quân số",
      nameEn: "Personnel strength (officers on the roster)",
      category: "FORCE_BUILDING",
      measure: "COUNT",
      direction: "HIGHER_IS_BETTER",
      aggregation: "LAST",
    },
    model: { kind: "headcount" },
  },
  {
    code: "PARTY_BUILDING_SCORE",
    definition: {
      name: "Điểm đánh giá công tác xây dựng Đảng",
      nameEn: "Party-building assessment score",
      category: "PARTY_BUILDING",
      measure: "SCORE",
      direction: "HIGHER_IS_BETTER",
      aggregation: "AVERAGE",
    },
    model: { kind: "score", mean: 92, spread: 2.5 },
  },
];

/** Inserts the catalog's indicators that are not there yet; returns the id of every catalog code. */
export async function ensureIndicatorCatalog(tx: Prisma.TransactionClient, source: DataSource): Promise<Map<string, number>> {
  const existing = await tx.indicator.findMany({ select: { id: true, code: true } });
  const ids = new Map(existing.map((row) => [row.code, row.id]));
  const missing = indicatorCatalog.filter((entry) => !ids.has(entry.code));
  const undefinedHere = missing.filter((entry) => entry.definition === undefined).map((entry) => entry.code);
  if (undefinedHere.length > 0) throw new Error(`Seed the facts first: they define ${undefinedHere.join(", ")}`);
  const created = await tx.indicator.createManyAndReturn({
    data: missing.map((entry) => ({
      code: entry.code,
      ...entry.definition!,
      sortOrder: (indicatorCatalog.indexOf(entry) + 1) * 10,
      source,
    })),
    select: { id: true, code: true },
  });
  for (const row of created) ids.set(row.code, row.id);
  return ids;
}
