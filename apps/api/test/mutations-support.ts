// Shared by the mutation, audit and concurrency tests: global ids, mutation documents, and rows
// made directly in the database for a test to act on (each with fresh keys, so tests never meet).
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { CommendationStatus, PeriodStatus } from "@thidua/db/prisma-enums";
import type { TestDatabase } from "@thidua/db/test-database";
import { seededTestDatabase, testApi } from "./support.js";

export type Api = ReturnType<typeof testApi>;

/**
 * What a mutation test file starts from, once before its tests: a copy of the seeded database, an
 * ADMIN's API on it, fixtures, and the ids of CATP Hải Phòng and cluster 1. The file disposes of `db`.
 */
export async function mutationSuite() {
  const db = await seededTestDatabase();
  const f = fixtures(db);
  return { db, api: testApi(db), f, hp: await f.unitId("CATP-HP"), cluster: await f.clusterId(1) };
}

export const gid = (typename: string, id: number | bigint) => encodeGlobalID(typename, String(id));

/** What every mutation result may be, and `selection` for the success type. */
export function mutationDocument(name: string, selection = "") {
  const input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${input}!) {
    ${name}(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message code } }
      ... on ConflictError { entity expectedVersion currentVersion current }
      ... on ForbiddenError { reason }
      ... on NotFoundError { entity key }
      ${selection}
    }
  }`;
}

// biome-ignore lint/suspicious/noExplicitAny: results are asserted by shape
export type MutationResult = { __typename: string; fieldErrors?: Array<{ path: string[]; code: string }>; [field: string]: any };

/** Runs a mutation; its typed result, or (for a refusal or a malformed request) the GraphQL errors. */
export async function mutate(api: Api, name: string, input: Record<string, unknown>, selection = "") {
  const result = await api.graphql(mutationDocument(name, selection), { input });
  return { result: result.data?.[name] as MutationResult | undefined, errors: result.errors };
}

/** The data of a mutation that must succeed with `typename`. */
export async function succeed(api: Api, name: string, input: Record<string, unknown>, typename: string, selection = "") {
  const { result, errors } = await mutate(api, name, input, selection);
  if (result?.__typename !== typename) throw new Error(`${name}: ${JSON.stringify(result ?? errors)}`);
  return result;
}

/** The codes of a ValidationError, as "path: code". */
export function problems(result: MutationResult | undefined): string[] {
  if (result?.__typename !== "ValidationError") throw new Error(`Expected a ValidationError, got ${JSON.stringify(result)}`);
  return result.fieldErrors!.map((error) => `${error.path.join(".")}: ${error.code}`);
}

export const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

/** Rows made straight in the database, with keys no other call repeats. */
export function fixtures(db: TestDatabase) {
  const { prisma } = db;
  let serial = 0;
  let years = 2030;
  const next = () => `${process.pid % 1000}${++serial}`;
  const unitId = async (code: string) => (await prisma.unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

  return {
    unitId,
    clusterId: async (number: number) => (await prisma.cluster.findUniqueOrThrow({ where: { number }, select: { id: true } })).id,
    async periodId(clusterNumber: number, year: number) {
      const period = await prisma.movementPeriod.findFirstOrThrow({ where: { cluster: { number: clusterNumber }, year }, select: { id: true } });
      return period.id;
    },
    async indicatorId(code: string) {
      return (await prisma.indicator.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
    },

    async unit(parentId: number, options: { active?: boolean } = {}) {
      const code = `T-${next()}`;
      return prisma.unit.create({
        data: { code, name: `Đơn vị thử ${code}`, nameEn: `Test unit ${code}`, kind: "DIVISION", parentId, searchKey: code.toLowerCase(), source: "SYNTHETIC_DEMO", active: options.active ?? true },
      });
    },

    async indicator(options: { rate?: boolean } = {}) {
      const code = `TEST_${next()}`;
      return prisma.indicator.create({
        data: {
          code,
          name: `Chỉ tiêu ${code}`,
          nameEn: code,
          category: "CRIME",
          measure: options.rate ? "PERCENT" : "COUNT",
          direction: "HIGHER_IS_BETTER",
          aggregation: options.rate ? "RATIO_OF_SUMS" : "SUM",
          source: "SYNTHETIC_DEMO",
        },
      });
    },

    async person() {
      const key = `test-${next()}`;
      return prisma.person.create({ data: { key, fullName: `Người thử ${key}`, searchKey: key, source: "SYNTHETIC_DEMO" } });
    },

    /** An officer (THIEU_TA since 2015) serving in the unit since 2015. */
    async officer(unitId: number) {
      const key = `test-${next()}`;
      const person = await prisma.person.create({
        data: {
          key,
          fullName: `Cán bộ thử ${key}`,
          searchKey: key,
          source: "SYNTHETIC_DEMO",
          officer: {
            create: {
              serviceNumber: `T${next()}`,
              rankGrants: { create: { rank: "THIEU_TA", effectiveFrom: day("2015-01-01"), source: "SYNTHETIC_DEMO" } },
            },
          },
          unitAssignments: { create: { unitId, effectiveFrom: day("2015-01-01"), source: "SYNTHETIC_DEMO" } },
        },
        include: { officer: true },
      });
      return { personId: person.id, version: person.officer!.version };
    },

    async post(personId: number, unitId: number, title = "Đội trưởng") {
      return prisma.postAssignment.create({
        data: { personId, unitId, title, titleEn: "Team Leader", effectiveFrom: day("2020-01-01"), source: "SYNTHETIC_DEMO" },
      });
    },

    async partyRole(personId: number, unitId: number) {
      return prisma.partyRole.create({
        data: { personId, unitId, title: "Bí thư Chi bộ", titleEn: "Party Cell Secretary", effectiveFrom: day("2020-01-01"), source: "SYNTHETIC_DEMO" },
      });
    },

    async observation(unitId: number, indicatorId: number, periodStart = "2024-01-01") {
      const start = day(periodStart);
      return prisma.observation.create({
        data: { unitId, indicatorId, granularity: "MONTH", periodStart: start, year: start.getUTCFullYear(), value: 10, source: "SYNTHETIC_DEMO" },
      });
    },

    async event(hostUnitId: number | null, placement: { clusterId?: number; periodId?: number } = {}) {
      return prisma.event.create({
        data: { kind: "MEETING", title: `Họp thử ${next()}`, date: day("2024-03-01"), hostUnitId, ...placement, source: "SYNTHETIC_DEMO" },
      });
    },

    async participant(eventId: number, personId: number) {
      return prisma.eventParticipant.create({ data: { eventId, personId, role: "ATTENDS" } });
    },

    async commendation(recipientUnitId: number, status: CommendationStatus = "PROPOSED") {
      return prisma.commendation.create({
        data: { kind: "CERTIFICATE_OF_MERIT", level: "MINISTRY", year: 2024, recipientUnitId, status, proposedAt: day("2024-03-01"), source: "SYNTHETIC_DEMO" },
      });
    },

    async exemplar(unitId: number) {
      return prisma.exemplar.create({ data: { year: 2024, unitId, title: `Gương thử ${next()}`, source: "SYNTHETIC_DEMO" } });
    },

    async initiative(unitId: number) {
      return prisma.initiative.create({ data: { year: 2024, unitId, title: `Mô hình thử ${next()}`, source: "SYNTHETIC_DEMO" } });
    },

    /** A period of a movement of its own, so that its status is the test's alone. */
    async period(clusterId: number, status: PeriodStatus = "PLANNED", year = 2024) {
      const code = `TEST_${next()}`;
      const movement = await prisma.movement.create({ data: { code, name: code, nameEn: code, source: "SYNTHETIC_DEMO" } });
      return prisma.movementPeriod.create({ data: { movementId: movement.id, clusterId, year, status, source: "SYNTHETIC_DEMO" } });
    },

    /** A leadership term with no handover, e.g. the one a handover takes over from. */
    async term(clusterId: number, year: number, unitId: number) {
      return prisma.leadershipTerm.create({ data: { clusterId, year, role: "LEADER", unitId, source: "SYNTHETIC_DEMO" } });
    },

    async membership(clusterId: number, unitId: number, fromYear: number) {
      return prisma.clusterMembership.create({ data: { clusterId, unitId, fromYear, source: "SYNTHETIC_DEMO" } });
    },

    /** A fresh year no leadership test has used, for terms that must not collide. */
    freshYear: () => years++,
  };
}

export type Fixtures = ReturnType<typeof fixtures>;
