// Role × mutation × unit: every mutation, by each role, against a target inside the test editor's
// subtree (CATP-HP) and one outside it (CATP-HN), succeeds or is refused exactly as the README's
// table says; a refusal writes nothing, not even an audit row.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AccountRole } from "@thidua/db/prisma-enums";
import { repoRoot } from "@thidua/db/client";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { type Api, type Fixtures, fixtures, gid, mutate } from "./mutations-support.js";
import { seededTestDatabase, TEST_EDITOR_UNIT, testApi } from "./support.js";

const ROLES = ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"] as const satisfies readonly AccountRole[];
const SIDES = ["inside", "outside"] as const;
type Side = (typeof SIDES)[number];

/** The README's "Who may change what" table: mutation → role → yes | own subtree | no. */
function readmeTable(): Map<string, Record<AccountRole, string>> {
  const readme = readFileSync(resolve(repoRoot, "README.md"), "utf8");
  const [, ...lines] = readme.slice(readme.indexOf("### Who may change what")).split("\n");
  const end = lines.findIndex((line) => line.startsWith("#"));
  const section = end === -1 ? lines : lines.slice(0, end);
  const table = new Map<string, Record<AccountRole, string>>();
  for (const line of section) {
    const cells = line.split("|").map((cell) => cell.trim());
    const name = /^`(\w+)`$/.exec(cells[1] ?? "")?.[1];
    if (name) table.set(name, { ADMIN: cells[3]!, UNIT_EDITOR: cells[4]!, ANALYST: cells[5]!, VIEWER: cells[6]! });
  }
  return table;
}

interface Target {
  /** CATP-HP inside, CATP-HN outside */
  root: number;
  /** the other side's root: for rows that must belong to someone else */
  other: number;
  f: Fixtures;
  cluster: number;
  period2024: number;
}

interface Case {
  mutation: string;
  success: string;
  input(target: Target): Promise<Record<string, unknown>>;
}

const unitId = (id: number) => gid("Unit", id);
let serial = 0;
const fresh = () => `${Date.now() % 100000}${++serial}`;

const cases: Case[] = [
  {
    mutation: "createUnit",
    success: "Unit",
    input: async ({ root }) => ({ code: `M-${fresh()}`, name: "Phòng mới", nameEn: "New division", kind: "DIVISION", parentId: unitId(root) }),
  },
  {
    mutation: "renameUnit",
    success: "Unit",
    input: async ({ root, f }) => {
      const unit = await f.unit(root);
      return { id: unitId(unit.id), version: unit.version, name: "Tên mới" };
    },
  },
  {
    mutation: "moveUnit",
    success: "Unit",
    input: async ({ root, f }) => {
      const [unit, parent] = [await f.unit(root), await f.unit(root)];
      return { id: unitId(unit.id), version: unit.version, parentId: unitId(parent.id) };
    },
  },
  {
    mutation: "deactivateUnit",
    success: "Unit",
    input: async ({ root, f }) => {
      const unit = await f.unit(root);
      return { id: unitId(unit.id), version: unit.version };
    },
  },
  {
    mutation: "addClusterMember",
    success: "ClusterMembership",
    input: async ({ root, f, cluster }) => ({ clusterId: gid("Cluster", cluster), unitId: unitId((await f.unit(root)).id), fromYear: 2030 }),
  },
  {
    mutation: "endClusterMembership",
    success: "ClusterMembership",
    input: async ({ root, f, cluster }) => {
      const membership = await f.membership(cluster, (await f.unit(root)).id, 2030);
      return { id: gid("ClusterMembership", membership.id), version: membership.version, toYear: 2031 };
    },
  },
  {
    mutation: "assignClusterLeader",
    success: "LeadershipTerm",
    input: async ({ root, f, cluster }) => ({ clusterId: gid("Cluster", cluster), year: f.freshYear(), unitId: unitId(root) }),
  },
  {
    mutation: "handOverClusterLeadership",
    success: "LeadershipTerm",
    input: async ({ root, other, f, cluster }) => {
      const [year, next] = [f.freshYear(), f.freshYear()];
      await f.term(cluster, year, other);
      return { clusterId: gid("Cluster", cluster), year: next, unitId: unitId(root), handedOverAt: `${year}-11-23` };
    },
  },
  { mutation: "createPerson", success: "Person", input: async () => ({ fullName: "Khách mời" }) },
  {
    mutation: "updatePerson",
    success: "Person",
    input: async ({ root, f }) => {
      const officer = await f.officer((await f.unit(root)).id);
      return { id: gid("Person", officer.personId), version: 1, fullName: "Tên đã sửa" };
    },
  },
  {
    mutation: "createOfficer",
    success: "Person",
    input: async ({ root, f }) => ({
      fullName: "Cán bộ mới",
      serviceNumber: `S${fresh()}`,
      rank: "THIEU_UY",
      rankEffectiveFrom: "2020-01-01",
      unitId: unitId((await f.unit(root)).id),
      unitEffectiveFrom: "2020-01-01",
    }),
  },
  {
    mutation: "transferOfficer",
    success: "Person",
    input: async ({ root, f }) => {
      const officer = await f.officer((await f.unit(root)).id);
      return { personId: gid("Person", officer.personId), version: officer.version, toUnitId: unitId((await f.unit(root)).id), effectiveFrom: "2024-06-01" };
    },
  },
  {
    mutation: "promoteOfficer",
    success: "Person",
    input: async ({ root, f }) => {
      const officer = await f.officer((await f.unit(root)).id);
      return {
        personId: gid("Person", officer.personId),
        version: officer.version,
        currentRank: "THIEU_TA",
        newRank: "TRUNG_TA",
        decisionNumber: "123/QĐ-BCA",
        effectiveFrom: "2024-06-01",
      };
    },
  },
  {
    mutation: "retireOfficer",
    success: "Person",
    input: async ({ root, f }) => {
      const officer = await f.officer((await f.unit(root)).id);
      return { personId: gid("Person", officer.personId), version: officer.version, retiredAt: "2024-06-01" };
    },
  },
  {
    mutation: "assignPost",
    success: "PostAssignment",
    input: async ({ root, f }) => ({
      personId: gid("Person", (await f.person()).id),
      unitId: unitId((await f.unit(root)).id),
      title: "Phó trưởng phòng",
      titleEn: "Deputy Head of Division",
      effectiveFrom: "2024-01-01",
    }),
  },
  {
    mutation: "endPost",
    success: "PostAssignment",
    input: async ({ root, f }) => {
      const unit = (await f.unit(root)).id;
      const post = await f.post((await f.officer(unit)).personId, unit);
      return { id: gid("PostAssignment", post.id), version: post.version, effectiveTo: "2024-06-01" };
    },
  },
  {
    mutation: "assignPartyRole",
    success: "PartyRole",
    input: async ({ root, f }) => ({
      personId: gid("Person", (await f.person()).id),
      unitId: unitId((await f.unit(root)).id),
      title: "Bí thư Chi bộ",
      titleEn: "Party Cell Secretary",
    }),
  },
  {
    mutation: "endPartyRole",
    success: "PartyRole",
    input: async ({ root, f }) => {
      const unit = (await f.unit(root)).id;
      const role = await f.partyRole((await f.officer(unit)).personId, unit);
      return { id: gid("PartyRole", role.id), version: role.version, effectiveTo: "2024-06-01" };
    },
  },
  {
    mutation: "recordObservation",
    success: "Observation",
    input: async ({ root, f }) => ({
      indicatorId: gid("Indicator", await f.indicatorId("CRIMES_RECORDED")),
      unitId: unitId((await f.unit(root)).id),
      granularity: "MONTH",
      periodStart: "2024-02-01",
      value: 3,
    }),
  },
  {
    mutation: "correctObservation",
    success: "Observation",
    input: async ({ root, f }) => {
      const observation = await f.observation((await f.unit(root)).id, await f.indicatorId("CRIMES_RECORDED"));
      return { id: gid("Observation", observation.id), version: observation.version, value: 11, reason: "Báo cáo bổ sung" };
    },
  },
  {
    mutation: "createEvent",
    success: "Event",
    input: async ({ root }) => ({ kind: "MEETING", title: "Họp giao ban", date: "2024-05-01", hostUnitId: unitId(root) }),
  },
  {
    mutation: "updateEvent",
    success: "Event",
    input: async ({ root, f }) => {
      const event = await f.event(root);
      return { id: gid("Event", event.id), version: event.version, title: "Họp giao ban (sửa)" };
    },
  },
  {
    mutation: "addEventParticipant",
    success: "EventParticipant",
    input: async ({ root, f }) => ({ eventId: gid("Event", (await f.event(root)).id), personId: gid("Person", (await f.person()).id), role: "ATTENDS" }),
  },
  {
    mutation: "removeEventParticipant",
    success: "Event",
    input: async ({ root, f }) => {
      const participant = await f.participant((await f.event(root)).id, (await f.person()).id);
      return { id: gid("EventParticipant", participant.id), version: participant.version };
    },
  },
  {
    mutation: "changePeriodStatus",
    success: "Period",
    input: async ({ f, cluster }) => {
      const period = await f.period(cluster);
      return { id: gid("Period", period.id), version: period.version, status: "ACTIVE" };
    },
  },
  {
    mutation: "setPledge",
    success: "Pledge",
    input: async ({ root, f, period2024 }) => ({
      periodId: gid("Period", period2024),
      unitId: unitId(root),
      indicatorId: gid("Indicator", (await f.indicator()).id),
      target: 100,
    }),
  },
  {
    mutation: "proposeCommendation",
    success: "Commendation",
    input: async ({ root }) => ({ kind: "CERTIFICATE_OF_MERIT", year: 2024, recipientUnitId: unitId(root), proposedAt: "2024-05-01" }),
  },
  ...(
    [
      ["reviewCommendation", "PROPOSED", {}],
      ["approveCommendation", "REVIEWED", {}],
      ["rejectCommendation", "REVIEWED", { note: "Chưa đủ thành tích" }],
      ["decideCommendation", "APPROVED", { decisionNumber: "88/QĐ-BCA", decisionDate: "2024-06-01" }],
    ] as const
  ).map(([mutation, status, extra]) => ({
    mutation,
    success: "Commendation",
    input: async ({ root, f }: Target) => {
      const commendation = await f.commendation(root, status);
      return { id: gid("Commendation", commendation.id), version: commendation.version, ...extra };
    },
  })),
  { mutation: "createExemplar", success: "Exemplar", input: async ({ root }) => ({ year: 2024, unitId: unitId(root), title: "Gương sáng" }) },
  {
    mutation: "updateExemplar",
    success: "Exemplar",
    input: async ({ root, f }) => {
      const exemplar = await f.exemplar(root);
      return { id: gid("Exemplar", exemplar.id), version: exemplar.version, title: "Gương sáng (sửa)" };
    },
  },
  { mutation: "createInitiative", success: "Initiative", input: async ({ root }) => ({ year: 2024, unitId: unitId(root), title: "Mô hình mới" }) },
  {
    mutation: "updateInitiative",
    success: "Initiative",
    input: async ({ root, f }) => {
      const initiative = await f.initiative(root);
      return { id: gid("Initiative", initiative.id), version: initiative.version, title: "Mô hình mới (sửa)" };
    },
  },
  {
    mutation: "replicateInitiative",
    success: "Initiative",
    input: async ({ root, other, f }) => ({
      initiativeId: gid("Initiative", (await f.initiative(other)).id),
      unitId: unitId((await f.unit(root)).id),
      fromDate: "2024-05-01",
    }),
  },
];

const table = readmeTable();
let db: TestDatabase;
let apis: Record<AccountRole, Api>;
let targets: Record<Side, Target>;

beforeAll(async () => {
  db = await seededTestDatabase();
  apis = Object.fromEntries(ROLES.map((role) => [role, testApi(db, { as: role })])) as typeof apis;
  const f = fixtures(db);
  const [inside, outside] = [await f.unitId(TEST_EDITOR_UNIT), await f.unitId("CATP-HN")];
  const cluster = await f.clusterId(1);
  const period2024 = await f.periodId(1, 2024);
  targets = {
    inside: { root: inside, other: outside, f, cluster, period2024 },
    outside: { root: outside, other: inside, f, cluster, period2024 },
  };
});
afterAll(() => db?.dispose());

describe("the README's table", () => {
  it("has a row for every mutation of the matrix, and no other", () => {
    expect([...table.keys()].sort()).toEqual(cases.map((entry) => entry.mutation).sort());
  });

  it("names mutations the schema has", () => {
    const fields = Object.keys(schema.getMutationType()!.getFields());
    for (const name of table.keys()) expect(fields).toContain(name);
  });

  it("says yes, own subtree or no in every cell", () => {
    for (const row of table.values()) for (const cell of Object.values(row)) expect(["yes", "own subtree", "no"]).toContain(cell);
  });
});

describe.each(cases)("$mutation", ({ mutation, success, input }) => {
  it.each(ROLES.flatMap((role) => SIDES.map((side) => ({ role, side }))))("$role $side", async ({ role, side }) => {
    const cell = table.get(mutation)?.[role];
    const allowed = cell === "yes" || (cell === "own subtree" && side === "inside");
    const variables = await input(targets[side]);
    const auditRows = await db.prisma.auditLog.count();
    const { result, errors } = await mutate(apis[role], mutation, variables);
    if (allowed) {
      expect(errors).toBeUndefined();
      expect(result?.__typename, JSON.stringify(result)).toBe(success);
      expect(await db.prisma.auditLog.count()).toBe(auditRows + 1);
    } else {
      expect(result).toBeUndefined();
      expect(errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
      expect(await db.prisma.auditLog.count()).toBe(auditRows);
    }
  });
});
