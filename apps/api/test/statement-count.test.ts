// Nested lists are loaded per level, not per parent: the number of SQL statements of a page does
// not grow with the number of units on it.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

const EXTRA_UNITS = 1000;
const statements: string[] = [];
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
  api = testApi(db);
  // 1,000 more divisions, each with a post held by one of the people already there
  const parent = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
  const people = await db.prisma.person.findMany({ select: { id: true }, take: 50, orderBy: { id: "asc" } });
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
});
afterAll(() => db?.dispose());

const PAGE = `query ($first: Int!) {
  units(first: $first, parentCode: "CATP-HP") {
    totalCount
    edges {
      node {
        code
        parent { code }
        children { code name }
        posts(first: 5) { totalCount edges { node { title person { fullName rank posts { title unit { code } } } } } }
      }
    }
  }
}`;

async function statementsFor(first: number) {
  statements.length = 0;
  const { units } = await api.data(PAGE, { first });
  return { count: statements.length, units };
}

it("takes as many statements for 1,000 units with their children, posts and people as for 10", async () => {
  const small = await statementsFor(10);
  const large = await statementsFor(EXTRA_UNITS);
  expect(small.units.edges).toHaveLength(10);
  expect(large.units.edges).toHaveLength(EXTRA_UNITS);
  // the large page really is nested: most of its units have a post held by a person
  const withPosts = large.units.edges.filter((edge: { node: { posts: { edges: unknown[] } } }) => edge.node.posts.edges.length > 0);
  expect(withPosts.length).toBeGreaterThan(EXTRA_UNITS / 2);
  expect(large.count).toBe(small.count);
  expect(small.count).toBeLessThanOrEqual(12);
});
