// Pages of every list: totalCount, cursors forward and backward, multi-key orderBy, and the
// page-size limit (the maximum passes, one more is an error that names the limit).
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "../src/pagination/page-size-plugin.js";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: Record<string, unknown> }>;
}

const PAGE_FIELDS = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {";

/** Walks a list forwards, then backwards, page by page; both walks must give the same rows. */
async function walk(list: string, args: string, selection: string, size: number, variables: Record<string, unknown> = {}, declared = "") {
  const query = `query ($first: Int, $last: Int, $after: String, $before: String${declared}) {
    list: ${list}(first: $first, last: $last, after: $after, before: $before${args}) { ${PAGE_FIELDS} ${selection} } } }
  }`;
  const forwards: Array<Record<string, unknown>> = [];
  let page: Page;
  let after: string | null = null;
  let pages = 0;
  do {
    ({ list: page } = await api.data<{ list: Page }>(query, { ...variables, first: size, after }));
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    forwards.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.endCursor;
    pages += 1;
  } while (page.pageInfo.hasNextPage);
  expect(forwards).toHaveLength(page.totalCount);
  expect(pages).toBe(Math.max(1, Math.ceil(page.totalCount / size)));

  const backwards: Array<Record<string, unknown>> = [];
  let before: string | null = null;
  do {
    ({ list: page } = await api.data<{ list: Page }>(query, { ...variables, last: size, before }));
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    backwards.unshift(...page.edges.map((edge) => edge.node));
    before = page.pageInfo.startCursor;
  } while (page.pageInfo.hasPreviousPage);
  expect(backwards).toEqual(forwards);
  return forwards;
}

const sortedBy = <T>(rows: T[], ...keys: Array<(row: T) => string | number>) =>
  [...rows].sort((a, b) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });

describe("cursors", () => {
  it("walk the people of a unit both ways by a multi-key order, every row once", async () => {
    const filter = { unit: { within: { code: { eq: "CATP-HP" } } } };
    const people = await walk(
      "people",
      ", filter: $filter, asOf: \"2023-06-30\", orderBy: [{ field: GENDER, direction: DESC }, { field: FULL_NAME }]",
      "id fullName gender",
      37,
      { filter },
      ", $filter: PersonFilter",
    );
    expect(people.length).toBeGreaterThan(100);
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length);
    // GENDER DESC puts FEMALE before MALE (the enum declares MALE first), nulls last; names
    // within a gender in the database's collation, which the database itself is asked for here
    const rank = (gender: unknown) => (gender === "FEMALE" ? 0 : gender === "MALE" ? 1 : 2);
    const genders = people.map((person) => rank(person.gender));
    expect(genders).toEqual([...genders].sort());
    expect(genders).toContain(0);
    const names = await db.prisma.$queryRaw<Array<{ fullName: string }>>`
      SELECT unnest(${people.filter((person) => person.gender === "MALE").map((person) => String(person.fullName))}::text[]) AS "fullName" ORDER BY 1`;
    expect(people.filter((person) => person.gender === "MALE").map((person) => person.fullName)).toEqual(names.map((row) => row.fullName));
  });

  it("walk rank grants by rank up the ladder, then by day, both ways", async () => {
    const grants = await walk(
      "rankGrants",
      ', filter: { rank: { gte: THIEU_TUONG } }, orderBy: [{ field: RANK, direction: DESC }, { field: EFFECTIVE_FROM }]',
      "rank effectiveFrom",
      7,
    );
    const order = ["DAI_TUONG", "THUONG_TUONG", "TRUNG_TUONG", "THIEU_TUONG"];
    expect(grants.length).toBe(await db.prisma.rankGrant.count({ where: { rank: { in: ["THIEU_TUONG", "TRUNG_TUONG", "THUONG_TUONG", "DAI_TUONG"] } } }));
    expect(grants).toEqual(sortedBy(grants, (grant) => order.indexOf(String(grant.rank)), (grant) => String(grant.effectiveFrom)));
  });

  it("walk events latest first, and observations by value", async () => {
    const events = await walk("events", ", year: 2022", "date", 4);
    expect(events.map((event) => event.date)).toEqual([...events.map((event) => event.date)].sort().reverse());
    const observations = await walk(
      "observations",
      ', filter: { periodStart: { eq: "2022-06-01" }, granularity: { eq: MONTH }, indicator: { code: { eq: "CASE_CLEARANCE_RATE" } } }, orderBy: [{ field: VALUE, direction: DESC }]',
      "value unit { code }",
      3,
    );
    expect(observations.length).toBeGreaterThan(0);
    const values = observations.map((observation) => Number(observation.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("walk a nested connection both ways (a unit's officers)", async () => {
    const query = `query ($first: Int, $last: Int, $after: String, $before: String) {
      unit(code: "CATP-HP") { officers(asOf: "2023-06-30", first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id fullName } } } } }`;
    const forwards: string[] = [];
    let after: string | null = null;
    let page: Page;
    do {
      page = (await api.data(query, { first: 6, after })).unit.officers;
      forwards.push(...page.edges.map((edge) => String(edge.node.id)));
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(forwards).toHaveLength(page.totalCount);
    const backwards: string[] = [];
    let before: string | null = null;
    do {
      page = (await api.data(query, { last: 6, before })).unit.officers;
      backwards.unshift(...page.edges.map((edge) => String(edge.node.id)));
      before = page.pageInfo.startCursor;
    } while (page.pageInfo.hasPreviousPage);
    expect(backwards).toEqual(forwards);
    expect(new Set(forwards).size).toBe(forwards.length);
  });
});

describe("every list is a connection with totalCount", () => {
  it.each([
    ["units", "UnitFilter", "code"],
    ["clusters", "ClusterFilter", "number"],
    ["people", "PersonFilter", "fullName"],
    ["posts", "PostFilter", "title"],
    ["rankGrants", "RankGrantFilter", "rank"],
    ["events", "EventFilter", "title"],
    ["participants", "ParticipantFilter", "role"],
    ["observations", "ObservationFilter", "value"],
    ["indicators", "IndicatorFilter", "code"],
    ["commendations", "CommendationFilter", "year"],
    ["exemplars", "ExemplarFilter", "title"],
    ["initiatives", "InitiativeFilter", "title"],
    ["movements", "MovementFilter", "code"],
    ["periods", "PeriodFilter", "year"],
  ])("%s", async (list, filterType, field) => {
    const { page } = await api.data(`query ($filter: ${filterType}) { page: ${list}(first: 2, filter: $filter) { totalCount edges { node { ${field} } } } }`, {
      filter: {},
    });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.edges.length).toBe(Math.min(2, page.totalCount));
  });
});

describe("page-size limit", () => {
  it(`serves ${MAX_PAGE_SIZE} and refuses ${MAX_PAGE_SIZE + 1}, naming the limit`, async () => {
    const ok = await api.data(`query ($n: Int) { people(first: $n) { edges { cursor } } }`, { n: MAX_PAGE_SIZE });
    expect(ok.people.edges).toHaveLength(MAX_PAGE_SIZE);
    for (const argument of ["first", "last"]) {
      const refused = await api.graphql(`query ($n: Int) { people(${argument}: $n) { edges { cursor } } }`, { n: MAX_PAGE_SIZE + 1 });
      expect(refused.data?.people ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions).toEqual({
        code: "PAGE_SIZE_LIMIT",
        limit: "pageSize",
        field: "Query.people",
        argument,
        requested: MAX_PAGE_SIZE + 1,
        max: MAX_PAGE_SIZE,
      });
      expect(refused.errors?.[0]?.message).toContain(`${MAX_PAGE_SIZE}`);
    }
  });

  it("applies to nested connections and to the totalCount alone", async () => {
    const nested = await api.graphql(`{ unit(code: "CATP-HP") { officers(first: ${MAX_PAGE_SIZE + 1}) { totalCount } } }`);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_LIMIT", field: "Unit.officers", max: MAX_PAGE_SIZE });
    const atMax = await api.data(`{ unit(code: "CATP-HP") { officers(first: ${MAX_PAGE_SIZE}, asOf: "2023-06-30") { totalCount edges { cursor } } } }`);
    expect(atMax.unit.officers.edges.length).toBe(Math.min(MAX_PAGE_SIZE, atMax.unit.officers.totalCount));
  });

  it("lets units come 1,000 to a page, and not 1,001", async () => {
    const ok = await api.data(`{ units(first: 1000) { totalCount edges { cursor } } }`);
    expect(ok.units.edges.length).toBe(Math.min(1000, ok.units.totalCount));
    const refused = await api.graphql(`{ units(first: 1001) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_LIMIT", field: "Query.units", requested: 1001, max: 1000 });
  });
});
