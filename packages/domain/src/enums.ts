// Every enum of the domain, as ordered tuples (for zod, GraphQL and select lists) with their
// union types. Members mirror the Prisma enums one for one; packages/db/src/enums-match.test.ts
// fails when the two drift. Rank is in ./ranks.ts, with its ladder.

export const unitKinds = [
  "MINISTRY",
  "DEPARTMENT",
  "CITY_POLICE",
  "PROVINCIAL_POLICE",
  "DIVISION",
  "DISTRICT_POLICE",
] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Cụm thi đua / Khối thi đua. */
export const clusterKinds = ["CLUSTER", "BLOC"] as const;
export type ClusterKind = (typeof clusterKinds)[number];

/** Cụm trưởng / Cụm phó: a unit's role in its cluster for one year. */
export const clusterRoles = ["LEADER", "DEPUTY_LEADER"] as const;
export type ClusterRole = (typeof clusterRoles)[number];

/** A movement period's life cycle, in order. */
export const periodStatuses = ["PLANNED", "ACTIVE", "REVIEWING", "CLOSED"] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

export const indicatorCategories = [
  "POLITICAL_SECURITY",
  "CRIME",
  "DRUGS",
  "ECONOMIC_CRIME",
  "HIGH_TECH_CRIME",
  "SOCIAL_ORDER",
  "TRAFFIC_SAFETY",
  "FIRE_PREVENTION",
  "FORCE_BUILDING",
  "PARTY_BUILDING",
] as const;
export type IndicatorCategory = (typeof indicatorCategories)[number];

export const measureKinds = ["COUNT", "PERCENT", "MONEY", "SCORE"] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const directions = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export type Direction = (typeof directions)[number];

/** How member values roll up; a rate is RATIO_OF_SUMS, never the mean of member rates. */
export const aggregations = ["SUM", "RATIO_OF_SUMS", "AVERAGE", "MAX", "MIN", "LAST"] as const;
export type Aggregation = (typeof aggregations)[number];

export const granularities = ["MONTH", "QUARTER", "YEAR"] as const;
export type Granularity = (typeof granularities)[number];

export const eventKinds = [
  "YEAR_END_REVIEW",
  "MID_YEAR_REVIEW",
  "PLEDGE_SIGNING",
  "INSPECTION",
  "MEETING",
] as const;
export type EventKind = (typeof eventKinds)[number];

/** chỉ đạo / chủ trì / dự / phát biểu */
export const participantRoles = ["DIRECTS", "CHAIRS", "ATTENDS", "SPEAKS"] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const commendationKinds = [
  "UNSPECIFIED",
  "EMULATION_FLAG",
  "CERTIFICATE_OF_MERIT",
  "EMULATION_TITLE",
  "LETTER_OF_COMMENDATION",
  "ORDER",
] as const;
export type CommendationKind = (typeof commendationKinds)[number];

export const commendationLevels = ["UNIT", "MINISTRY", "PRIME_MINISTER", "STATE"] as const;
export type CommendationLevel = (typeof commendationLevels)[number];

export const commendationStatuses = [
  "PROPOSED",
  "REVIEWED",
  "APPROVED",
  "REJECTED",
  "DECIDED",
] as const;
export type CommendationStatus = (typeof commendationStatuses)[number];

export const genders = ["MALE", "FEMALE"] as const;
export type Gender = (typeof genders)[number];

export const accountRoles = ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"] as const;
export type AccountRole = (typeof accountRoles)[number];

/** Where a row came from; demo and scale rows say so in the data itself. */
export const dataSources = [
  "SOURCE_ARTICLE",
  "REPORTED",
  "IMPORTED",
  "SYNTHETIC_DEMO",
  "SYNTHETIC_SCALE",
] as const;
export type DataSource = (typeof dataSources)[number];

export const auditActions = ["CREATE", "UPDATE", "DELETE"] as const;
export type AuditAction = (typeof auditActions)[number];

/** The enums above by their Prisma/GraphQL name, for code that walks all of them. */
export const domainEnums = {
  UnitKind: unitKinds,
  ClusterKind: clusterKinds,
  ClusterRole: clusterRoles,
  PeriodStatus: periodStatuses,
  IndicatorCategory: indicatorCategories,
  MeasureKind: measureKinds,
  Direction: directions,
  Aggregation: aggregations,
  Granularity: granularities,
  EventKind: eventKinds,
  ParticipantRole: participantRoles,
  CommendationKind: commendationKinds,
  CommendationLevel: commendationLevels,
  CommendationStatus: commendationStatuses,
  Gender: genders,
  AccountRole: accountRoles,
  DataSource: dataSources,
  AuditAction: auditActions,
} as const;
export type DomainEnumName = keyof typeof domainEnums;

// ---------------------------------------------------------------- commendation workflow

/** Đề nghị → thẩm định → duyệt hoặc không duyệt → quyết định. REJECTED and DECIDED are final. */
export const commendationTransitions: { readonly [S in CommendationStatus]: readonly CommendationStatus[] } = {
  PROPOSED: ["REVIEWED"],
  REVIEWED: ["APPROVED", "REJECTED"],
  APPROVED: ["DECIDED"],
  REJECTED: [],
  DECIDED: [],
};

/** Whether a commendation may move from one status to another in one step. */
export function canTransition(from: CommendationStatus, to: CommendationStatus): boolean {
  return commendationTransitions[from].includes(to);
}

// ---------------------------------------------------------------- movement period life cycle

/** The status after this one, or null for CLOSED. */
export function nextPeriodStatus(status: PeriodStatus): PeriodStatus | null {
  return periodStatuses[periodStatuses.indexOf(status) + 1] ?? null;
}

/** A period moves forward one step at a time and never reopens. */
export function canChangePeriodStatus(from: PeriodStatus, to: PeriodStatus): boolean {
  return nextPeriodStatus(from) === to;
}

/** A closed period is read-only: its pledges, observations and records no longer change. */
export function isPeriodReadOnly(status: PeriodStatus): boolean {
  return status === "CLOSED";
}
