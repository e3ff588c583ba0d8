// Filter values compiled to Prisma where-clauses: the exact clause for each operator family, and
// Prisma accepting what is compiled (on the seeded demo database).
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterScope } from "../src/schema/filters/folded-text.js";
import { compileOperators, matchingValues } from "../src/schema/filters/operators.js";
import { EventFilter } from "../src/schema/events/filters.js";
import { PersonFilter, PostFilter } from "../src/schema/personnel/filters.js";
import { UnitFilter, UNIT_TREE_DEPTH } from "../src/schema/units/filters.js";
import { PeopleOrder } from "../src/schema/personnel/filters.js";
import { seededTestDatabase } from "./support.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await seededTestDatabase();
});
afterAll(() => db?.dispose());

const asOf = new Date("2022-11-23T00:00:00Z");
const scope = () => filterScope({ prisma: db.prisma }, asOf);
const inForce = { AND: [{ effectiveFrom: { lte: asOf } }, { OR: [{ effectiveTo: null }, { effectiveTo: { gt: asOf } }] }] };

describe("operators", () => {
  it("map one to one onto Prisma's, ANDed", () => {
    expect(compileOperators({ eq: 1, ne: 2, in: [1, 3], notIn: [4], lt: 9, lte: 8, gt: 0, gte: 1 }, { column: "number", nullable: false })).toEqual([
      { number: { equals: 1 } },
      { number: { not: 2 } },
      { number: { in: [1, 3] } },
      { number: { notIn: [4] } },
      { number: { lt: 9 } },
      { number: { lte: 8 } },
      { number: { gt: 0 } },
      { number: { gte: 1 } },
    ]);
  });

  it("read isNull by the column's nullability", () => {
    expect(compileOperators({ isNull: true }, { column: "shortName", nullable: true })).toEqual([{ shortName: null }]);
    expect(compileOperators({ isNull: false }, { column: "shortName", nullable: true })).toEqual([{ shortName: { not: null } }]);
    // a required column is never null: true matches nothing, false everything
    expect(compileOperators({ isNull: true }, { column: "code", nullable: false })).toEqual([{ code: { in: [] } }]);
    expect(compileOperators({ isNull: false }, { column: "code", nullable: false })).toEqual([]);
  });

  it("turn comparisons on an ordered enum into the set of values on the ladder", () => {
    const ladder = ["LOW", "MIDDLE", "HIGH", "TOP"];
    expect(compileOperators({ gte: "MIDDLE", lt: "TOP" }, { column: "rank", nullable: false, order: ladder })).toEqual([{ rank: { in: ["MIDDLE", "HIGH"] } }]);
    expect(compileOperators({ gt: "TOP" }, { column: "rank", nullable: false, order: ladder })).toEqual([{ rank: { in: [] } }]);
    expect(matchingValues({ ne: "LOW", notIn: ["HIGH"] }, ladder)).toEqual(["MIDDLE", "TOP"]);
  });
});

describe("entity filters", () => {
  it("compile text through the searchKey, or through the folded distinct values", async () => {
    expect(await PersonFilter.compile({ fullName: { contains: "Vũ THANH" } }, scope())).toEqual({ AND: [{ AND: [{ searchKey: { contains: "vu thanh" } }] }] });
    const titles = await PostFilter.compile({ title: { startsWith: "pho giam" } }, scope());
    expect(titles).toEqual({ AND: [{ AND: [{ title: { in: ["Phó giám đốc"] } }] }] });
  });

  it("compile relations with the day they are read on", async () => {
    const haiPhongPolice = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
    const where = await PersonFilter.compile({ rank: { gte: "DAI_TUONG" }, unit: { code: { eq: "CATP-HP" } } }, scope());
    expect(where).toEqual({
      AND: [
        { AND: [{ officer: { rankGrants: { some: { AND: [inForce, { rank: { in: ["DAI_TUONG"] } }] } } } }] },
        // the unit filter is resolved to the matching units' ids first
        { unitAssignments: { some: { AND: [inForce, { unitId: { in: [haiPhongPolice.id] } }] } } },
      ],
    });
    const within = await UnitFilter.compile({ within: { code: { eq: "CATP-HP" } } }, scope());
    const levels = (within as { AND: Array<{ OR: unknown[] }> }).AND[0]!.OR;
    expect(levels).toHaveLength(UNIT_TREE_DEPTH);
    expect(levels[2]).toEqual({ parent: { parent: { AND: [{ AND: [{ code: { equals: "CATP-HP" } }] }] } } });
  });

  it("compile and, or and not around the fields", async () => {
    const where = await EventFilter.compile({ kind: { eq: "MEETING" }, or: [{ key: { eq: "a" } }, { key: { eq: "b" } }], not: { date: { lt: asOf } } }, scope());
    expect(where).toEqual({
      AND: [
        { AND: [{ kind: { equals: "MEETING" } }] },
        { OR: [{ AND: [{ AND: [{ key: { equals: "a" } }] }] }, { AND: [{ AND: [{ key: { equals: "b" } }] }] }] },
        { NOT: { AND: [{ AND: [{ date: { lt: asOf } }] }] } },
      ],
    });
  });

  it("produce clauses Prisma runs, with the answers the same question gives written by hand", async () => {
    const compiled = await PersonFilter.compile(
      { or: [{ rankTier: { eq: "GENERAL" } }, { post: { title: { contains: "giam doc" } } }], not: { isOfficer: false } },
      scope(),
    );
    const byHand = {
      officer: { isNot: null },
      OR: [
        { officer: { rankGrants: { some: { ...inForce, rank: { in: ["THIEU_TUONG" as const, "TRUNG_TUONG" as const, "THUONG_TUONG" as const, "DAI_TUONG" as const] } } } } },
        {
          posts: {
            some: {
              title: { in: ["Giám đốc", "Phó giám đốc"] },
              OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: asOf } }],
              AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gt: asOf } }] }],
            },
          },
        },
      ],
    };
    const [mine, theirs] = await Promise.all([db.prisma.person.count({ where: compiled }), db.prisma.person.count({ where: byHand })]);
    expect(mine).toBe(theirs);
    expect(mine).toBeGreaterThan(0);
  });
});

describe("ordering", () => {
  it("applies the keys in turn and ends with the id in the last key's direction", () => {
    expect(PeopleOrder.compile([{ field: "GENDER", direction: "desc" }, { field: "FULL_NAME" }])).toEqual([
      { gender: { sort: "desc", nulls: "last" } },
      { fullName: "asc" },
      { id: "asc" },
    ]);
    expect(PeopleOrder.compile(null)).toEqual([{ fullName: "asc" }, { id: "asc" }]);
  });
});
