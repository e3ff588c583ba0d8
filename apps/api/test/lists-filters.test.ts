// Typed filters through yoga.fetch on the seeded demo database: every operator family, folded
// text, relation filters and and/or/not, each checked against the database counted directly.
import { rankOrder, ranks } from "@thidua/domain/ranks";
import { searchKey } from "@thidua/domain/text";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const AS_OF = "2022-11-23";

/** Every node of a list (following cursors), and its totalCount. */
async function all(field: string, args: string, selection: string, variables: Record<string, unknown> = {}) {
  const nodes: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  let totalCount = -1;
  const declared = Object.keys(variables)
    .map((name) => `$${name}: ${variableTypes[name]}`)
    .join(", ");
  do {
    const data: Record<string, { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Record<string, unknown> }> }> =
      await api.data(
        `query ($after: String${declared ? `, ${declared}` : ""}) {
          list: ${field}(first: 100, after: $after${args ? `, ${args}` : ""}) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } }
          }
        }`,
        { ...variables, after },
      );
    const list = data.list!;
    totalCount = list.totalCount;
    nodes.push(...list.edges.map((edge) => edge.node));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
  } while (after);
  expect(nodes).toHaveLength(totalCount);
  return nodes;
}
const variableTypes: Record<string, string> = {
  filter: "PersonFilter",
  unitFilter: "UnitFilter",
  eventFilter: "EventFilter",
  postFilter: "PostFilter",
  clusterFilter: "ClusterFilter",
  asOf: "Date",
};

const keys = (nodes: Array<Record<string, unknown>>, field = "code") => nodes.map((node) => node[field] as string).sort();

describe("text", () => {
  it("folds case and diacritics in contains, on a name with a searchKey", async () => {
    const expected = await db.prisma.person.findMany({ where: { fullName: { contains: "Dương" } }, select: { fullName: true } });
    const variants = ["Dương", "dương", "DUONG", "duong", "Dương".normalize("NFD")];
    expect(expected.length).toBeGreaterThan(0);
    for (const text of variants) {
      const people = await all("people", "filter: $filter", "fullName", { filter: { fullName: { contains: text } } });
      // every name with "Dương" is found; "Duong" without marks may also match Đường, Dưỡng…
      expect(people.map((person) => person.fullName)).toEqual(expect.arrayContaining(expected.map((person) => person.fullName)));
      for (const person of people) expect(searchKey(person.fullName as string)).toContain("duong");
    }
  });

  it("folds startsWith, and keeps eq exact", async () => {
    const byPrefix = await all("people", "filter: $filter", "fullName", { filter: { fullName: { startsWith: "vu thanh" } } });
    expect(byPrefix.map((person) => person.fullName)).toContain("Vũ Thanh Chương");
    for (const person of byPrefix) expect(searchKey(person.fullName as string).startsWith("vu thanh")).toBe(true);
    const exact = await all("people", "filter: $filter", "fullName", { filter: { fullName: { eq: "Vũ Thanh Chương" } } });
    expect(exact.map((person) => person.fullName)).toEqual(["Vũ Thanh Chương"]);
    expect(await all("people", "filter: $filter", "fullName", { filter: { fullName: { eq: "vu thanh chuong" } } })).toEqual([]);
  });

  it("folds text without a searchKey column through its distinct values (post titles, unit names)", async () => {
    const directors = await all("posts", "filter: $postFilter", "title", { postFilter: { title: { contains: "GIAM DOC" } } });
    const stored = await db.prisma.postAssignment.count({ where: { title: { in: ["Giám đốc", "Phó giám đốc"] } } });
    expect(directors).toHaveLength(stored);
    expect(new Set(directors.map((post) => post.title))).toEqual(new Set(["Giám đốc", "Phó giám đốc"]));
    const units = await all("units", "filter: $unitFilter", "code name", { unitFilter: { name: { contains: "hai phong" } } });
    expect(keys(units)).toContain("CATP-HP");
    for (const unit of units) expect(searchKey(unit.name as string)).toContain("hai phong");
    const dn = await all("units", "filter: $unitFilter", "code", { unitFilter: { name: { contains: "đà nẵng" } } });
    expect(keys(dn)).toEqual(keys(await all("units", "filter: $unitFilter", "code", { unitFilter: { name: { contains: "da nang" } } })));
  });

  it("finds indicators by a folded name and their category", async () => {
    const { indicators } = await api.data(`{ indicators(first: 100, filter: { name: { contains: "TY LE" }, category: { in: [CRIME, DRUGS] } }) { totalCount edges { node { code name category } } } }`);
    const rates = await db.prisma.indicator.findMany({ where: { category: { in: ["CRIME", "DRUGS"] } }, select: { code: true, name: true } });
    const expected = rates.filter((indicator) => searchKey(indicator.name).includes("ty le")).map((indicator) => indicator.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(indicators.edges.map((edge: { node: { code: string } }) => edge.node.code).sort()).toEqual(expected.sort());
  });

  it("compares text exactly with in, notIn, ne and the comparisons", async () => {
    const codes = ["CATP-HP", "CATP-CT"];
    expect(keys(await all("units", "filter: $unitFilter", "code", { unitFilter: { code: { in: codes } } }))).toEqual([...codes].sort());
    const total = await db.prisma.unit.count();
    expect(await all("units", "filter: $unitFilter", "code", { unitFilter: { code: { notIn: codes } } })).toHaveLength(total - 2);
    expect(await all("units", "filter: $unitFilter", "code", { unitFilter: { code: { ne: "CATP-HP" } } })).toHaveLength(total - 1);
    const before = await all("units", "filter: $unitFilter", "code", { unitFilter: { code: { lt: "CATP" } } });
    expect(before.length).toBe(await db.prisma.unit.count({ where: { code: { lt: "CATP" } } }));
    for (const unit of before) expect((unit.code as string) < "CATP").toBe(true);
  });
});

describe("numbers, days, enums and booleans", () => {
  it("filters whole numbers with every comparison", async () => {
    const clusters = await db.prisma.cluster.findMany({ select: { number: true } });
    const numbers = clusters.map((cluster) => cluster.number);
    const check = async (filter: object, expected: number[]) => {
      const read = await all("clusters", "filter: $clusterFilter", "number", { clusterFilter: { number: filter } });
      expect(read.map((cluster) => cluster.number).sort()).toEqual([...expected].sort());
    };
    await check({ eq: 1 }, [1]);
    await check({ ne: 1 }, numbers.filter((n) => n !== 1));
    await check({ in: [1, 2] }, numbers.filter((n) => n <= 2));
    await check({ notIn: [1] }, numbers.filter((n) => n !== 1));
    await check({ gt: 1, lte: 3 }, numbers.filter((n) => n > 1 && n <= 3));
    await check({ gte: 2, lt: 4 }, numbers.filter((n) => n >= 2 && n < 4));
    await check({ isNull: false }, numbers);
    await check({ isNull: true }, []);
  });

  it("filters days", async () => {
    const events = await all("events", "filter: $eventFilter", "date", { eventFilter: { date: { gte: "2022-01-01", lt: "2023-01-01" } } });
    expect(events.length).toBe(await db.prisma.event.count({ where: { date: { gte: day("2022-01-01"), lt: day("2023-01-01") } } }));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.date).toMatch(/^2022-/);
    const review = await all("events", "filter: $eventFilter", "key date", { eventFilter: { date: { eq: "2022-11-23" } } });
    expect(review.map((event) => event.key)).toContain("cluster1-2022-review");
  });

  it("orders ranks by the ladder: gte THUONG_TA is Thượng tá and above", async () => {
    const atLeast = ranks.filter((rank) => rankOrder(rank) >= rankOrder("THUONG_TA"));
    const direct = await db.prisma.person.count({
      where: { officer: { rankGrants: { some: { rank: { in: atLeast }, effectiveFrom: { lte: day(AS_OF) }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: day(AS_OF) } }] } } } },
    });
    const people = await all("people", "filter: $filter, asOf: $asOf", `fullName rank(asOf: "${AS_OF}")`, {
      filter: { rank: { gte: "THUONG_TA" } },
      asOf: AS_OF,
    });
    expect(people.length).toBe(direct);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(rankOrder(person.rank as (typeof ranks)[number])).toBeGreaterThanOrEqual(rankOrder("THUONG_TA"));
    const below = await all("people", "filter: $filter, asOf: $asOf", `rank(asOf: "${AS_OF}")`, { filter: { rank: { lt: "THUONG_TA" } }, asOf: AS_OF });
    for (const person of below) expect(rankOrder(person.rank as (typeof ranks)[number])).toBeLessThan(rankOrder("THUONG_TA"));
    const generals = await all("people", "filter: $filter, asOf: $asOf", `rank(asOf: "${AS_OF}")`, { filter: { rankTier: { eq: "GENERAL" } }, asOf: AS_OF });
    expect(generals.length).toBeGreaterThan(0);
    for (const person of generals) expect(person.rank).toMatch(/_TUONG$/);
    const civilians = await all("people", "filter: $filter, asOf: $asOf", "key", { filter: { rank: { isNull: true }, isOfficer: false }, asOf: AS_OF });
    expect(civilians.map((person) => person.key)).toContain("vu-thi-huong");
  });

  it("filters enums and booleans", async () => {
    const cities = await all("units", "filter: $unitFilter", "code kind", { unitFilter: { kind: { eq: "CITY_POLICE" } } });
    expect(cities.length).toBe(await db.prisma.unit.count({ where: { kind: "CITY_POLICE" } }));
    const notCities = await all("units", "filter: $unitFilter", "kind", { unitFilter: { kind: { notIn: ["CITY_POLICE", "DIVISION"] } } });
    for (const unit of notCities) expect(["CITY_POLICE", "DIVISION"]).not.toContain(unit.kind);
    const active = await all("units", "filter: $unitFilter", "code", { unitFilter: { active: { eq: true } } });
    expect(active.length).toBe(await db.prisma.unit.count({ where: { active: true } }));
    const civilians = await all("people", "filter: $filter", "key", { filter: { isOfficer: false } });
    expect(civilians.length).toBe(await db.prisma.person.count({ where: { officer: null } }));
  });
});

describe("relations", () => {
  it("finds the people whose current unit is in cluster 1 and whose rank is at least THUONG_TA", async () => {
    const filter = { unit: { within: { cluster: { number: { eq: 1 } } } }, rank: { gte: "THUONG_TA" } };
    const people = await all("people", "filter: $filter, asOf: $asOf", `key fullName rank(asOf: "${AS_OF}") assignments(asOf: "${AS_OF}") { unit { code parent { code } } }`, {
      filter,
      asOf: AS_OF,
    });
    // the same question in SQL, written out: units of cluster 1 in 2022 and everything below them
    const expected = await db.prisma.$queryRaw<Array<{ id: number }>>`
      WITH RECURSIVE members AS (
        SELECT m."unitId" AS id FROM cluster_membership m JOIN cluster c ON c.id = m."clusterId"
        WHERE c.number = 1 AND m."fromYear" <= 2022 AND (m."toYear" IS NULL OR m."toYear" >= 2022)
        UNION SELECT u.id FROM unit u JOIN members ON u."parentId" = members.id)
      SELECT DISTINCT ua."personId" AS id FROM unit_assignment ua
      JOIN rank_grant g ON g."officerId" = ua."personId"
      WHERE ua."unitId" IN (SELECT id FROM members)
        AND ua."effectiveFrom" <= '2022-11-23' AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > '2022-11-23')
        AND g."effectiveFrom" <= '2022-11-23' AND (g."effectiveTo" IS NULL OR g."effectiveTo" > '2022-11-23')
        AND g.rank >= 'THUONG_TA'`;
    expect(people.length).toBe(expected.length);
    expect(people.length).toBeGreaterThan(0);
    const members = new Set(["CATP-HN", "CATP-HCM", "CATP-DN", "CATP-CT", "CATP-HP"]);
    for (const person of people) {
      const units = person.assignments as Array<{ unit: { code: string; parent: { code: string } | null } }>;
      expect(units.some(({ unit }) => members.has(unit.code) || members.has(unit.parent?.code ?? ""))).toBe(true);
    }
  });

  it("finds the units that led a cluster in a given year", async () => {
    const leaders = await all("units", "filter: $unitFilter", "code", {
      unitFilter: { leadershipTerm: { role: { eq: "LEADER" }, year: { eq: 2022 }, cluster: { number: { eq: 1 } } } },
    });
    expect(keys(leaders)).toEqual(["CATP-HP"]);
    const next = await all("units", "filter: $unitFilter", "code", { unitFilter: { leadershipTerm: { role: { eq: "LEADER" }, year: { eq: 2023 }, cluster: { number: { eq: 1 } } } } });
    expect(keys(next)).toEqual(["CATP-CT"]);
  });

  it("finds events by host unit, and the members of a cluster by the unit's clusters", async () => {
    const hosted = await all("events", "filter: $eventFilter", "key hostUnit { code }", { eventFilter: { hostUnit: { code: { eq: "CATP-HP" } } } });
    expect(hosted.map((event) => event.key)).toContain("cluster1-2022-review");
    expect(hosted.length).toBe(await db.prisma.event.count({ where: { hostUnit: { code: "CATP-HP" } } }));
    const members = await all("units", "filter: $unitFilter, asOf: $asOf", "code", { unitFilter: { cluster: { number: { eq: 1 } } }, asOf: AS_OF });
    expect(keys(members)).toEqual(["CATP-CT", "CATP-DN", "CATP-HCM", "CATP-HN", "CATP-HP"]);
    const clusters = await all("clusters", "filter: $clusterFilter, asOf: $asOf", "number", { clusterFilter: { member: { code: { eq: "CATP-HP" } } }, asOf: AS_OF });
    expect(clusters.map((cluster) => cluster.number)).toEqual([1]);
  });

  it("finds people through their posts and their events", async () => {
    const directors = await all("people", "filter: $filter, asOf: $asOf", "key", {
      filter: { post: { title: { eq: "Giám đốc" }, unit: { code: { eq: "CATP-HP" } } } },
      asOf: AS_OF,
    });
    expect(directors.map((person) => person.key)).toEqual(["vu-thanh-chuong"]);
    const attendees = await all("people", "filter: $filter", "key", { filter: { participatedIn: { key: { eq: "cluster1-2022-review" } } } });
    expect(attendees.length).toBe(await db.prisma.eventParticipant.count({ where: { event: { key: "cluster1-2022-review" } } }));
  });
});

describe("and, or, not", () => {
  it("combines conditions as logic says", async () => {
    const hp = { code: { eq: "CATP-HP" } };
    const ct = { code: { eq: "CATP-CT" } };
    expect(keys(await all("units", "filter: $unitFilter", "code", { unitFilter: { or: [hp, ct] } }))).toEqual(["CATP-CT", "CATP-HP"]);
    expect(await all("units", "filter: $unitFilter", "code", { unitFilter: { and: [hp, ct] } })).toEqual([]);
    const total = await db.prisma.unit.count();
    expect(await all("units", "filter: $unitFilter", "code", { unitFilter: { not: { or: [hp, ct] } } })).toHaveLength(total - 2);
    // nested: city police, but not Hải Phòng, or the ministry
    const mixed = await all("units", "filter: $unitFilter", "code", {
      unitFilter: { or: [{ kind: { eq: "CITY_POLICE" }, not: hp }, { kind: { eq: "MINISTRY" } }] },
    });
    const direct = await db.prisma.unit.findMany({
      where: { OR: [{ kind: "CITY_POLICE", NOT: { code: "CATP-HP" } }, { kind: "MINISTRY" }] },
      select: { code: true },
    });
    expect(keys(mixed)).toEqual(direct.map((unit) => unit.code).sort());
  });
});
