// The number of SQL statements of a request depends on its shape, never on its rows: a page of 10
// units and a page of 1,000, each with three levels of nested connections below it, take the same
// statements.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LIMITS } from "../src/hardening/limits.js";
import { todayInReportingZone } from "../src/metrics/calendar.js";
import { seededTestDatabase, testApi } from "./support.js";

const EXTRA_UNITS = 1000;
const statements: string[] = [];
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
  api = withRaisedLimits(() => testApi(db));
  // 1,000 more divisions, each with a post held by one of the people already there and two
  // officers serving in it today
  const parent = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
  const people = await db.prisma.person.findMany({ where: { officer: { isNot: null } }, select: { id: true }, take: 50, orderBy: { id: "asc" } });
  const codes = Array.from({ length: EXTRA_UNITS }, (_, index) => `TEST-N1-${String(index).padStart(4, "0")}`);
  await db.prisma.unit.createMany({
    data: codes.map((code) => ({
      code,
      name: `Phòng thử ${code}`,
      nameEn: `Test division ${code}`,
      kind: "DIVISION" as const,
      parentId: parent.id,
      searchKey: code.toLowerCase(),
      source: "SYNTHETIC_SCALE" as const,
    })),
  });
  const units = await db.prisma.unit.findMany({ where: { code: { in: codes } }, select: { id: true } });
  await db.prisma.postAssignment.createMany({
    data: units.map((unit, index) => ({
      personId: people[index % people.length]!.id,
      unitId: unit.id,
      title: "Trưởng phòng",
      titleEn: "Head of division",
      source: "SYNTHETIC_SCALE" as const,
    })),
  });
  // newcomers (people of their own) so that no one serves in two units at once
  const newcomers = await db.prisma.person.createManyAndReturn({
    data: units.flatMap((_unit, index) => [0, 1].map((n) => ({ fullName: `Người thử ${index}-${n}`, searchKey: `nguoi thu ${index} ${n}`, source: "SYNTHETIC_SCALE" as const }))),
    select: { id: true },
  });
  await db.prisma.unitAssignment.createMany({
    data: newcomers.map((person, index) => ({
      personId: person.id,
      unitId: units[Math.floor(index / 2)]!.id,
      effectiveFrom: new Date(todayInReportingZone().getTime() - 365 * 86_400_000),
      source: "SYNTHETIC_SCALE" as const,
    })),
  });
});
afterAll(() => db?.dispose());

/**
 * A page of 1,000 units three connections deep is far above the endpoint's cost limit (and the
 * depth of this shape is at its edge): that is the point of the limit, not of this test, which
 * measures the API's statements. The limits are read when an API is created, so this one API
 * gets higher ones and the shared values are put back at once.
 */
function withRaisedLimits<T>(create: () => T): T {
  const limits = LIMITS as { -readonly [Key in keyof typeof LIMITS]: number };
  const saved = { ...limits };
  limits.cost = Number.MAX_SAFE_INTEGER;
  limits.depth = Math.max(limits.depth, 20);
  try {
    return create();
  } finally {
    Object.assign(limits, saved);
  }
}

// units → posts → person → postTimeline → unit → officers: three nested connections deep, with
// relations, lists and counts at every level
const PAGE = `query ($first: Int!) {
  units(first: $first, parentCode: "CATP-HP") {
    totalCount
    edges {
      node {
        code
        parent { code }
        children { code name }
        posts(first: 5) {
          totalCount
          edges { node { title person {
            fullName rank
            rankTimeline(first: 3) { totalCount edges { node { rank effectiveFrom } } }
            postTimeline(last: 2) { totalCount edges { node { title unit {
              code
              officers(first: 2) { totalCount edges { node { fullName unitsServed(first: 1) { edges { node { effectiveFrom } } } } } }
            } } } }
          } } }
        }
        officers(first: 5) { totalCount edges { node { fullName } } }
      }
    }
  }
}`;

async function statementsFor(first: number) {
  statements.length = 0;
  const { units } = await api.data(PAGE, { first });
  return { statements: [...statements], units };
}

interface UnitNode {
  code: string;
  posts: { edges: Array<{ node: { person: { postTimeline: { edges: Array<{ node: { unit: { officers: { totalCount: number; edges: unknown[] } } | null } }> } } } }> };
  officers: { totalCount: number; edges: unknown[] };
}

it("takes as many statements for 1,000 units, three connections deep, as for 10", async () => {
  const small = await statementsFor(10);
  const large = await statementsFor(EXTRA_UNITS);
  expect(small.units.edges).toHaveLength(10);
  expect(large.units.edges).toHaveLength(EXTRA_UNITS);
  // the large page really is nested three levels down: most units reach officers through a post
  const nodes = large.units.edges.map((edge: { node: UnitNode }) => edge.node);
  const deep = nodes.filter((unit: UnitNode) =>
    unit.posts.edges.some((post) => post.node.person.postTimeline.edges.some((held) => (held.node.unit?.officers.edges.length ?? 0) > 0)),
  );
  expect(deep.length).toBeGreaterThan(EXTRA_UNITS / 2);
  for (const unit of nodes as UnitNode[]) {
    if (unit.code.startsWith("TEST-")) expect(unit.officers).toMatchObject({ totalCount: 2, edges: [expect.anything(), expect.anything()] });
  }
  expect(large.statements.length).toBe(small.statements.length);
  // one session lookup, then per level a bounded number: the list, its count, relations, and for
  // each nested connection one page, one hydration (with its relations) and one count
  expect(small.statements.length).toBeLessThanOrEqual(30);
});

it("reads nested pages with a per-parent LIMIT, never every child of the page's parents", async () => {
  const { statements: read } = await statementsFor(EXTRA_UNITS);
  const pages = read.filter((sql) => sql.includes("CROSS JOIN LATERAL"));
  // posts, rankTimeline, postTimeline, officers (twice: under units and under post units), unitsServed
  expect(pages).toHaveLength(6);
  for (const sql of pages) expect(sql).toMatch(/LIMIT \$\d+\s*\)\s*page/);
  // and Prisma was never asked for a nested relation page (its own reads every related row)
  for (const sql of read) expect(sql).not.toMatch(/"post_assignment"\."unitId" IN/);
});
