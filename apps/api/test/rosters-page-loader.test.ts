// The roster loader (src/loaders/roster-page.ts) answers `people` lists filtered by unit and rank
// exactly as Prisma does: the same people in the same order, page after page, with the same
// totalCount, in fewer statements. Prisma's answer is had by wrapping the same filter in `and`,
// which the loader leaves to Prisma.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

const statements: string[] = [];
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
  api = testApi(db);
});
afterAll(() => db?.dispose());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { key: string | null; fullName: string; rank: string | null } }>;
}

/** Every page of 7 of the list, following cursors. */
async function pages(filter: object, options: { search?: string; asOf?: string } = {}) {
  const read: Page[] = [];
  let after: string | null = null;
  do {
    const { people }: { people: Page } = await api.data(
      `query ($filter: PersonFilter, $after: String, $search: String, $asOf: Date) {
        people(first: 7, after: $after, filter: $filter, search: $search, asOf: $asOf) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { key fullName rank } }
        }
      }`,
      { filter, after, search: options.search ?? null, asOf: options.asOf ?? "2022-11-23" },
    );
    read.push(people);
    after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
  } while (after && read.length < 200);
  return read;
}

const inCluster1 = { within: { cluster: { number: { eq: 1 } } } };
const cases: Array<[string, object, { search?: string; asOf?: string }?]> = [
  ["a unit subtree and a rank range", { unit: inCluster1, rank: { gte: "THUONG_TA" } }],
  ["a unit subtree alone", { unit: { within: { code: { eq: "CATP-HP" } } } }],
  ["a rank tier alone", { rankTier: { eq: "GENERAL" } }],
  ["a rank and a tier together", { rank: { lte: "THIEU_TA" }, rankTier: { in: ["FIELD_OFFICER", "COMPANY_OFFICER"] } }],
  ["search words too", { unit: inCluster1 }, { search: "nguyen van" }],
  ["another day", { unit: inCluster1, rank: { gte: "THIEU_TA" } }, { asOf: "2020-01-15" }],
  ["no matching unit", { unit: { code: { eq: "NO-SUCH-UNIT" } }, rank: { gte: "THUONG_TA" } }],
  ["no matching rank", { rank: { gt: "DAI_TUONG" } }],
];

describe("the roster loader", () => {
  it.each(cases)("pages %s as Prisma does", async (_name, filter, options = {}) => {
    const loaded = await pages(filter, options);
    const prisma = await pages({ and: [filter] }, options);
    expect(loaded).toEqual(prisma);
    // the cases are meant to page: each reads more than one page, or none
    const total = loaded[0]!.totalCount;
    expect(total === 0 || loaded.length > 1 || total <= 7).toBe(true);
  });

  it("follows cursors through every page of the cluster's senior officers, one total throughout", async () => {
    const loaded = await pages({ unit: inCluster1, rank: { gte: "THIEU_TA" } });
    expect(loaded.length).toBeGreaterThan(1);
    const names = loaded.flatMap((page) => page.edges.map((edge) => edge.node.fullName));
    expect(names).toHaveLength(loaded[0]!.totalCount);
    expect(loaded.every((page) => page.totalCount === loaded[0]!.totalCount)).toBe(true);
  });

  it("takes the page and its total in one statement, besides the session, the unit lookup and the rows", async () => {
    const query = `query ($filter: PersonFilter) {
      people(first: 20, filter: $filter, asOf: "2022-11-23") {
        totalCount edges { node { fullName rank posts { title unit { code parent { code } } } assignments { unit { code } } } }
      }
    }`;
    const sent = async (filter: object) => {
      await api.data(query, { filter }); // the session is renewed at most once
      statements.length = 0;
      await api.data(query, { filter });
      return [...statements];
    };
    const filter = { unit: inCluster1, rank: { gte: "THUONG_TA" } };
    const loader = await sent(filter);
    // the session, the unit ids, the page with its total, the page's rows with their relations joined
    expect(loader).toHaveLength(4);
    expect(loader.filter((sql) => sql.includes("INTERSECT"))).toHaveLength(1);
    expect(loader.filter((sql) => /COUNT\(\*\) AS "_count/i.test(sql))).toHaveLength(0);
    // Prisma: a statement for the page and another for its count
    const prisma = await sent({ and: [filter] });
    expect(prisma.filter((sql) => /COUNT\(\*\) AS "_count/i.test(sql))).toHaveLength(1);
  });

  it("leaves other orders and backward pages to Prisma, with the same answers", async () => {
    const filter = { unit: inCluster1, rank: { gte: "THUONG_TA" } };
    const last = `query ($filter: PersonFilter) { people(last: 5, filter: $filter, asOf: "2022-11-23") { totalCount edges { node { key } } } }`;
    expect(await api.data(last, { filter })).toEqual(await api.data(last, { filter: { and: [filter] } }));
    const byKey = `query ($filter: PersonFilter) {
      people(first: 5, filter: $filter, orderBy: [{ field: KEY, direction: DESC }], asOf: "2022-11-23") { totalCount edges { node { key } } }
    }`;
    expect(await api.data(byKey, { filter })).toEqual(await api.data(byKey, { filter: { and: [filter] } }));
  });
});
