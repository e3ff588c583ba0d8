// The nested-page loader: one statement reads at most n rows per parent (not every child of every
// parent, as Prisma's nested `take` does), in the connection's order, forwards, backwards and from
// a cursor; and the nested connections built on it, through yoga.fetch.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countNested, loadNestedPages } from "../src/loaders/nested-pages.js";
import { assignmentsOfUnit, officersOfUnit, postsOfPerson } from "../src/loaders/sources.js";
import { seededTestDatabase, testApi } from "./support.js";

const statements: string[] = [];
let db: TestDatabase;
let api: ReturnType<typeof testApi>;
let unitIds: number[];
/** Every assignment of those units, in the connection's order (effectiveFrom, id). */
let allAssignments: Map<number, number[]>;

beforeAll(async () => {
  db = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
  api = testApi(db);
  await api.authHeaders(); // signed in before statements are counted
  const rows = await db.prisma.unitAssignment.findMany({ orderBy: [{ unitId: "asc" }, { effectiveFrom: "asc" }, { id: "asc" }], select: { id: true, unitId: true } });
  allAssignments = new Map();
  for (const row of rows) allAssignments.set(row.unitId, [...(allAssignments.get(row.unitId) ?? []), row.id]);
  unitIds = [...allAssignments.keys()].filter((id) => allAssignments.get(id)!.length > 20);
});
afterAll(() => db?.dispose());

describe("loadNestedPages", () => {
  it("reads n rows per parent in one statement, where Prisma's nested take with separate queries reads them all", async () => {
    expect(unitIds.length).toBeGreaterThan(5);
    statements.length = 0;
    const pages = await loadNestedPages(db.prisma, assignmentsOfUnit(), { parentIds: unitIds, limit: 6, backward: false });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/CROSS JOIN LATERAL[\s\S]*LIMIT \$\d+\s*\)\s*page/);
    const rowsRead = [...pages.values()].flat().length;
    expect(rowsRead).toBe(unitIds.length * 6);
    for (const unitId of unitIds) expect(pages.get(unitId)).toEqual(allAssignments.get(unitId)!.slice(0, 6));

    // what Prisma does for the same page when it loads relations by separate queries
    // (relationLoadStrategy "query"; "join", the default, limits in SQL too): every child, sliced in memory
    statements.length = 0;
    const prismaPages = await db.prisma.unit.findMany({
      relationLoadStrategy: "query",
      where: { id: { in: unitIds } },
      select: { id: true, unitAssignments: { take: 6, orderBy: [{ effectiveFrom: "asc" }, { id: "asc" }], select: { id: true } } },
    });
    const nested = statements.find((sql) => sql.includes('"unit_assignment"'))!;
    expect(nested).not.toMatch(/LIMIT/);
    const everyChild = unitIds.reduce((sum, id) => sum + allAssignments.get(id)!.length, 0);
    expect(everyChild).toBeGreaterThan(rowsRead * 3);
    expect(prismaPages.map((unit) => unit.unitAssignments.length)).toEqual(unitIds.map(() => 6));
  });

  it("reads backwards (the last rows) and from a cursor in either direction", async () => {
    const [unitId] = unitIds;
    const every = allAssignments.get(unitId!)!;
    const last = await loadNestedPages(db.prisma, assignmentsOfUnit(), { parentIds: [unitId!], limit: 4, backward: true });
    expect(last.get(unitId!)).toEqual(every.slice(-4));
    const after = await loadNestedPages(db.prisma, assignmentsOfUnit(), { parentIds: [unitId!], limit: 5, backward: false, cursor: every[7] });
    expect(after.get(unitId!)).toEqual(every.slice(8, 13));
    const before = await loadNestedPages(db.prisma, assignmentsOfUnit(), { parentIds: [unitId!], limit: 5, backward: true, cursor: every[7] });
    expect(before.get(unitId!)).toEqual(every.slice(2, 7));
  });

  it("reaches children through a link table, and counts all of them per parent", async () => {
    const asOf = new Date("2023-06-30T00:00:00Z");
    const pages = await loadNestedPages(db.prisma, officersOfUnit(asOf), { parentIds: unitIds, limit: 3, backward: false });
    const counts = await countNested(db.prisma, officersOfUnit(asOf), unitIds);
    for (const unitId of unitIds) {
      const serving = await db.prisma.unitAssignment.findMany({
        where: { unitId, effectiveFrom: { lte: asOf }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: asOf } }] },
        select: { person: { select: { id: true, fullName: true } } },
      });
      expect(counts.get(unitId)).toBe(serving.length);
      expect(pages.get(unitId)!.length).toBe(Math.min(3, serving.length));
      for (const id of pages.get(unitId)!) expect(serving.map((row) => row.person.id)).toContain(id);
    }
  });

  it("orders by an expression over nullable days (posts by start, else the day attested)", async () => {
    const person = await db.prisma.person.findUniqueOrThrow({ where: { key: "vu-thanh-chuong" } });
    const pages = await loadNestedPages(db.prisma, postsOfPerson(), { parentIds: [person.id], limit: 10, backward: false });
    expect(pages.get(person.id)).toEqual((await db.prisma.postAssignment.findMany({ where: { personId: person.id }, orderBy: { id: "asc" } })).map((post) => post.id));
  });
});

describe("nested connections through the API", () => {
  it("give each parent its own first n, with its own totalCount, from one page statement", async () => {
    statements.length = 0;
    const { units } = await api.data(`{ units(first: 100, filter: { kind: { eq: CITY_POLICE } }) { edges { node { id code
      assignments(first: 3) { totalCount pageInfo { hasNextPage } edges { node { effectiveFrom } } } } } } }`);
    const pageStatements = statements.filter((sql) => sql.includes("CROSS JOIN LATERAL"));
    expect(pageStatements).toHaveLength(1);
    for (const { node } of units.edges) {
      const id = Number(Buffer.from(node.id, "base64").toString().split(":")[1]);
      const every = allAssignments.get(id) ?? [];
      expect(node.assignments.totalCount).toBe(every.length);
      expect(node.assignments.edges).toHaveLength(Math.min(3, every.length));
      expect(node.assignments.pageInfo.hasNextPage).toBe(every.length > 3);
    }
  });

  it("list a cluster's members and an event's participants as connections", async () => {
    const { cluster, event } = await api.data(`{
      cluster(number: 1) { membersConnection(year: 2022, first: 2) { totalCount edges { node { code } } } }
      event(key: "cluster1-2022-review") { participants { person { key } } participantsConnection(first: 3) { totalCount edges { node { person { key } role } } } }
    }`);
    expect(cluster.membersConnection.totalCount).toBe(5);
    expect(cluster.membersConnection.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(["CATP-CT", "CATP-DN"]);
    expect(event.participantsConnection.totalCount).toBe(event.participants.length);
    expect(event.participantsConnection.edges.map((edge: { node: { person: { key: string } } }) => edge.node.person.key)).toEqual(
      event.participants.slice(0, 3).map((participant: { person: { key: string } }) => participant.person.key),
    );
  });
});
