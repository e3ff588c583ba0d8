// Rosters as of a day, through yoga.fetch on the seeded demo database: who held a post, who was
// where with which rank, and a person's history, checked against the source facts and the rows.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInReportingZone } from "../src/metrics/calendar.js";
import { readFacts, seededTestDatabase, testApi } from "./support.js";

const facts = readFacts();
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("who held a post", () => {
  it("answers “Who was Director of CATP Hải Phòng on 2022-11-23?” in one short query", async () => {
    const { postHolders } = await api.data(`{ postHolders(unitCode: "CATP-HP", title: "Giám đốc", asOf: "2022-11-23") { title person { fullName } } }`);
    expect(postHolders).toEqual([{ title: "Giám đốc", person: { fullName: "Vũ Thanh Chương" } }]);
  });

  it("reads the title in Vietnamese or English, with or without diacritics", async () => {
    for (const title of ["giam doc", "GIÁM ĐỐC", "Director", "director"]) {
      const { postHolders } = await api.data(`query ($title: String) { postHolders(unitCode: "CATP-HP", title: $title, asOf: "2022-11-23") { person { key } } }`, {
        title,
      });
      expect(postHolders.map((held: { person: { key: string } }) => held.person.key)).toEqual(["vu-thanh-chuong"]);
    }
  });

  it("lists every deputy held that day, as the rows say", async () => {
    const { postHolders } = await api.data(`{ postHolders(unitCode: "CATP-HP", title: "Phó giám đốc", asOf: "2022-11-23") { person { fullName } effectiveFrom } }`);
    const rows = await db.prisma.postAssignment.findMany({
      where: {
        unit: { code: "CATP-HP" },
        title: "Phó giám đốc",
        OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: day("2022-11-23") } }],
        AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gt: day("2022-11-23") } }] }],
      },
      select: { person: { select: { fullName: true } } },
    });
    expect(postHolders.map((held: { person: { fullName: string } }) => held.person.fullName).sort()).toEqual(rows.map((row) => row.person.fullName).sort());
    expect(postHolders.map((held: { person: { fullName: string } }) => held.person.fullName)).toContain("Phạm Viết Dũng");
    // a deputy appointed later was not one yet
    const later = await db.prisma.postAssignment.findFirst({
      where: { unit: { code: "CATP-HP" }, title: "Phó giám đốc", effectiveFrom: { gt: day("2022-11-23") } },
      select: { effectiveFrom: true, person: { select: { fullName: true } } },
    });
    if (later) {
      expect(postHolders.map((held: { person: { fullName: string } }) => held.person.fullName)).not.toContain(later.person.fullName);
      const { postHolders: then } = await api.data(`query ($asOf: Date) { postHolders(unitCode: "CATP-HP", title: "Phó giám đốc", asOf: $asOf) { person { fullName } } }`, {
        asOf: iso(later.effectiveFrom),
      });
      expect(then.map((held: { person: { fullName: string } }) => held.person.fullName)).toContain(later.person.fullName);
    }
  });

  it("gives the same answer through a unit's posts", async () => {
    const { unit } = await api.data(`{ unit(code: "CATP-HP") { posts(asOf: "2022-11-23", title: "Director") { totalCount edges { node { person { fullName } } } } } }`);
    expect(unit.posts.totalCount).toBe(1);
    expect(unit.posts.edges[0].node.person.fullName).toBe("Vũ Thanh Chương");
  });

  it.each(facts.people)("knows the titles $fullName held on the day of the source", async (person) => {
    for (const post of person.posts) {
      const { people } = await api.data(
        `query ($asOf: Date, $filter: PersonFilter) { people(asOf: $asOf, filter: $filter) { totalCount edges { node { key postTimeline(asOf: $asOf) { edges { node { title titleEn } } } } } } }`,
        { asOf: post.asOf, filter: { key: { eq: person.key }, post: { title: { eq: post.title } } } },
      );
      expect(people.totalCount).toBe(1);
      expect(people.edges[0].node.postTimeline.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ title: post.title, titleEn: post.titleEn });
    }
  });
});

describe("who was where, with which rank and post", () => {
  it("follows an officer across a promotion and a transfer", async () => {
    // an officer with at least two units and two ranks: read them on a day inside each span
    const [candidate] = await db.prisma.$queryRaw<Array<{ id: number }>>`
      SELECT o."personId" AS id FROM officer o
      WHERE (SELECT count(*) FROM unit_assignment ua WHERE ua."personId" = o."personId") >= 2
        AND (SELECT count(*) FROM rank_grant g WHERE g."officerId" = o."personId") >= 3
      ORDER BY o."personId" LIMIT 1`;
    expect(candidate).toBeDefined();
    const person = await db.prisma.person.findUniqueOrThrow({
      where: { id: candidate!.id },
      include: { unitAssignments: { include: { unit: true }, orderBy: { effectiveFrom: "asc" } }, officer: { include: { rankGrants: { orderBy: { effectiveFrom: "asc" } } } } },
    });
    for (const assignment of person.unitAssignments) {
      const asOf = iso(assignment.effectiveFrom)!;
      const expectedRank = person.officer!.rankGrants.filter((grant) => grant.effectiveFrom <= assignment.effectiveFrom).at(-1)?.rank ?? null;
      const { people } = await api.data(
        `query ($asOf: Date, $filter: PersonFilter) {
          people(asOf: $asOf, filter: $filter) { edges { node { fullName rank(asOf: $asOf) assignments(asOf: $asOf) { unit { code } } } } }
        }`,
        { asOf, filter: { fullName: { eq: person.fullName }, unit: { code: { eq: assignment.unit.code } } } },
      );
      const found = people.edges.find((edge: { node: { fullName: string } }) => edge.node.fullName === person.fullName);
      expect(found?.node).toEqual({ fullName: person.fullName, rank: expectedRank, assignments: [{ unit: { code: assignment.unit.code } }] });
      // the day before the assignment began, the filter by that unit no longer finds them there
      const before = new Date(assignment.effectiveFrom.getTime() - 86_400_000);
      const { people: earlier } = await api.data(`query ($asOf: Date, $filter: PersonFilter) { people(asOf: $asOf, filter: $filter) { totalCount } }`, {
        asOf: iso(before),
        filter: { key: { isNull: true }, fullName: { eq: person.fullName }, unit: { code: { eq: assignment.unit.code } } },
      });
      const servedThereBefore = person.unitAssignments.some(
        (other) => other.unitId === assignment.unitId && other.effectiveFrom <= before && (other.effectiveTo === null || other.effectiveTo > before),
      );
      if (!servedThereBefore) expect(earlier.totalCount).toBe(0);
    }
  });

  it("lends a list's asOf to its rows' rank, posts and units", async () => {
    const filter = { unit: { within: { code: { eq: "CATP-HP" } } }, rankTier: { gte: "FIELD_OFFICER" } };
    const fields = (day: string) => `rank${day} posts${day} { title } assignments${day} { unit { code } } partyRoles${day} { title }`;
    const query = `query ($filter: PersonFilter) {
      lent: people(asOf: "2021-03-01", first: 50, filter: $filter) { edges { node { id ${fields("")} } } }
      own: people(asOf: "2021-03-01", first: 50, filter: $filter) { edges { node { id ${fields('(asOf: "2021-03-01")')} } } }
      history: people(first: 50, filter: $filter) { edges { node { id posts { title } assignments { unit { code } } } } }
    }`;
    const { lent, own, history } = await api.data(query, { filter });
    expect(lent.edges.length).toBeGreaterThan(5);
    expect(lent).toEqual(own);
    for (const { node } of lent.edges) expect(node.assignments).toHaveLength(1);
    // without asOf on the list, the row fields keep their history
    expect(history.edges.some((edge: { node: { assignments: unknown[] } }) => edge.node.assignments.length > 1)).toBe(true);
    const { postHolders } = await api.data(`{ postHolders(unitCode: "CATP-HP", title: "Giám đốc", asOf: "2022-11-23") { person { rank posts { title } } } }`);
    expect(postHolders).toEqual([{ person: { rank: "THIEU_TUONG", posts: [{ title: "Giám đốc" }] } }]);
  });

  it("lists a unit's officers on a day, as its assignments say", async () => {
    const asOf = "2023-06-30";
    const { unit } = await api.data(`query ($asOf: Date) { unit(code: "CATP-HP") { officers(asOf: $asOf, first: 100) { totalCount edges { node { id fullName } } } } }`, {
      asOf,
    });
    const direct = await db.prisma.unitAssignment.count({
      where: { unit: { code: "CATP-HP" }, effectiveFrom: { lte: day(asOf) }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: day(asOf) } }] },
    });
    expect(unit.officers.totalCount).toBe(direct);
    const names = unit.officers.edges.map((edge: { node: { fullName: string } }) => edge.node.fullName);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("reads today in Vietnam when asOf is omitted", async () => {
    expect(iso(todayInReportingZone(new Date("2024-12-31T16:59:59Z")))).toBe("2024-12-31");
    expect(iso(todayInReportingZone(new Date("2024-12-31T17:00:00Z")))).toBe("2025-01-01");
    const today = iso(todayInReportingZone());
    const query = `query ($asOf: Date) { a: people(first: 5, asOf: $asOf, filter: { rank: { gte: DAI_TA } }) { totalCount }
      b: people(first: 5, filter: { rank: { gte: DAI_TA } }) { totalCount }
      statistics: rosterStatistics(asOf: $asOf, groupBy: []) { total } defaulted: rosterStatistics(groupBy: []) { asOf total } }`;
    const read = await api.data(query, { asOf: today });
    expect(read.b.totalCount).toBe(read.a.totalCount);
    expect(read.defaulted).toEqual({ asOf: today, total: read.statistics.total });
  });
});

describe("a person's history", () => {
  it("gives the rank timeline, post timeline and units served in order", async () => {
    const [officer] = await db.prisma.$queryRaw<Array<{ id: number }>>`
      SELECT "officerId" AS id FROM rank_grant GROUP BY 1 HAVING count(*) >= 4 ORDER BY 1 LIMIT 1`;
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: officer!.id } });
    const grants = await db.prisma.rankGrant.findMany({ where: { officerId: person.id }, orderBy: { effectiveFrom: "asc" } });
    const assignments = await db.prisma.unitAssignment.findMany({ where: { personId: person.id }, orderBy: { effectiveFrom: "asc" }, include: { unit: true } });
    const posts = await db.prisma.postAssignment.findMany({ where: { personId: person.id } });
    const { node } = await api.data(
      `query ($id: ID!) { node(id: $id) { ... on Person {
        rankTimeline { totalCount edges { node { rank tier effectiveFrom effectiveTo } } }
        postTimeline { totalCount edges { node { title effectiveFrom } } }
        unitsServed { totalCount edges { node { unit { code } effectiveFrom effectiveTo } } }
      } } }`,
      { id: Buffer.from(`Person:${person.id}`).toString("base64") },
    );
    expect(node.rankTimeline.totalCount).toBe(grants.length);
    expect(node.rankTimeline.edges.map((edge: { node: { rank: string; effectiveFrom: string; effectiveTo: string | null } }) => edge.node)).toEqual(
      grants.map((grant) => ({
        rank: grant.rank,
        tier: expect.any(String),
        effectiveFrom: iso(grant.effectiveFrom),
        effectiveTo: iso(grant.effectiveTo),
      })),
    );
    expect(node.unitsServed.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      assignments.map((assignment) => ({ unit: { code: assignment.unit.code }, effectiveFrom: iso(assignment.effectiveFrom), effectiveTo: iso(assignment.effectiveTo) })),
    );
    expect(node.postTimeline.totalCount).toBe(posts.length);
    const starts = node.postTimeline.edges.map((edge: { node: { effectiveFrom: string | null } }) => edge.node.effectiveFrom ?? "");
    expect(starts).toEqual([...starts].sort());
  });
});
