// Bulk import of officers through the real endpoint: a dry run reports every bad row, a commit
// writes all rows or none, with audit rows and one live event per unit.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLive, type Live, type LiveChange } from "../src/live/live.js";
import { seededTestDatabase, testApi } from "./support.js";

const IMPORT = `mutation ($input: ImportInput!) {
  importOfficers(input: $input) { dryRun rows committed created errors { row column code message } }
}`;

const HEADER = "service_number,full_name,rank,rank_from,unit_code,unit_from,post_title,post_title_en,post_from,gender,birth_date";

/** A CSV file: the header and the rows, CRLF as spreadsheets write them. */
const csv = (...lines: string[]) => [HEADER, ...lines].join("\r\n");

let db: TestDatabase;
let live: Live;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  live = createLive();
  api = testApi(db, { live });
});
afterAll(() => db?.dispose());

async function counts() {
  const [people, officers, grants, assignments, posts, audit] = await Promise.all([
    db.prisma.person.count(),
    db.prisma.officer.count(),
    db.prisma.rankGrant.count(),
    db.prisma.unitAssignment.count(),
    db.prisma.postAssignment.count(),
    db.prisma.auditLog.count(),
  ]);
  return { people, officers, grants, assignments, posts, audit };
}

const existingServiceNumber = async () => (await db.prisma.officer.findFirstOrThrow({ orderBy: { personId: "asc" } })).serviceNumber;

describe("importOfficers on a file with bad rows", () => {
  async function badFile() {
    return csv(
      "IMP-0001,Nguyễn Văn An,THIEU_TA,2020-01-01,CATP-HP,2020-01-01,Trưởng phòng,Head of Division,2021-01-01,MALE,1980-05-06",
      "IMP-0002,Trần Thị Bình,NOT_A_RANK,2020-01-01,CATP-HP,2020-01-01,,,,FEMALE,", // row 3: rank
      "IMP-0003,Lê Văn Cường,DAI_UY,2020-01-01,NO-SUCH-UNIT,2020-01-01,,,,,", // row 4: unit
      "IMP-0001,Phạm Văn Dũng,DAI_UY,2020-01-01,CATP-HP,2020-01-01,,,,,", // row 5: duplicate in the file
      `${await existingServiceNumber()},Hoàng Văn Em,Đại tá X,2020-01-01,CATP-HP,2020-01-01,,,,,`, // row 6: in the database, and the rank
      "IMP-0006,,DAI_UY,2020-13-45,CATP-HP,2020-01-01,Phó trưởng phòng,,,,", // row 7: name, date, post title in English
      "IMP-0007,Đỗ Văn Giang,DAI_UY,2020-01-01,CATP-HP,2020-01-01,,,,,",
    );
  }

  const expectedErrors = [
    { row: 3, column: "rank", code: "invalid_value" },
    { row: 4, column: "unit_code", code: "unknownUnit" },
    { row: 5, column: "service_number", code: "duplicateInFile" },
    { row: 6, column: "rank", code: "invalid_value" },
    { row: 6, column: "service_number", code: "serviceNumberTaken" },
    { row: 7, column: "full_name", code: "too_small" },
    { row: 7, column: "rank_from", code: "invalid_format" },
    { row: 7, column: "post_title_en", code: "too_small" },
  ];

  it("reports every bad row on a dry run and writes nothing", async () => {
    const before = await counts();
    const { importOfficers } = await api.data(IMPORT, { input: { csv: await badFile(), dryRun: true } });
    expect(importOfficers).toMatchObject({ dryRun: true, rows: 7, committed: false, created: 0 });
    expect(importOfficers.errors.map(({ row, column, code }: { row: number; column: string; code: string }) => ({ row, column, code }))).toEqual(
      expectedErrors,
    );
    for (const error of importOfficers.errors) expect(error.message).not.toBe("");
    expect(await counts()).toEqual(before);
  });

  it("refuses to commit it: the same errors, nothing written", async () => {
    const before = await counts();
    const { importOfficers } = await api.data(IMPORT, { input: { csv: await badFile(), dryRun: false } });
    expect(importOfficers).toMatchObject({ dryRun: false, committed: false, created: 0 });
    expect(importOfficers.errors).toHaveLength(expectedErrors.length);
    expect(await counts()).toEqual(before);
  });
});

describe("importOfficers on a good file", () => {
  const good = csv(
    "IMP-1001,Nguyễn Văn An,THIEU_TA,2020-01-01,CATP-HP,2020-01-01,Trưởng phòng,Head of Division,2021-01-01,MALE,1980-05-06",
    "IMP-1002,Trần Thị Bình,DAI_UY,2019-06-01,CATP-HP-CSHS,2019-06-01,,,,FEMALE,",
    "IMP-1003,Lê Văn Cường,TRUNG_TA,2018-03-01,CATP-HN,2018-03-01,,,,,",
  );

  it("writes every row with its rank, unit, post and audit row, and publishes one live event per unit", async () => {
    const before = await counts();
    const roster = live.subscribe("roster");
    const received: LiveChange[] = [];
    const collecting = (async () => {
      for await (const change of roster) {
        received.push(change);
        if (received.length === 3) break;
      }
    })();

    const { importOfficers } = await api.data(IMPORT, { input: { csv: good, dryRun: false } });
    expect(importOfficers).toEqual({ dryRun: false, rows: 3, committed: true, created: 3, errors: [] });
    expect(await counts()).toEqual({
      people: before.people + 3,
      officers: before.officers + 3,
      grants: before.grants + 3,
      assignments: before.assignments + 3,
      posts: before.posts + 1,
      audit: before.audit + 3,
    });

    const officer = await db.prisma.officer.findUniqueOrThrow({
      where: { serviceNumber: "IMP-1001" },
      include: { person: { include: { unitAssignments: { include: { unit: true } }, posts: true } }, rankGrants: true },
    });
    expect(officer.person).toMatchObject({ fullName: "Nguyễn Văn An", gender: "MALE", source: "IMPORTED" });
    expect(officer.person.birthDate?.toISOString().slice(0, 10)).toBe("1980-05-06");
    expect(officer.rankGrants.map((grant) => grant.rank)).toEqual(["THIEU_TA"]);
    expect(officer.person.unitAssignments.map((assignment) => assignment.unit.code)).toEqual(["CATP-HP"]);
    expect(officer.person.posts.map((post) => [post.title, post.titleEn])).toEqual([["Trưởng phòng", "Head of Division"]]);

    // the people list finds them, with the rank of the file
    const { people } = await api.data(`{ people(search: "nguyen van an", first: 50) { edges { node { fullName rank } } } }`);
    expect(people.edges).toContainEqual({ node: { fullName: "Nguyễn Văn An", rank: "THIEU_TA" } });

    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "Officer", entityId: String(officer.personId) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", requestId: expect.any(String), accountId: expect.any(Number) });

    await collecting;
    const units = await db.prisma.unit.findMany({ where: { code: { in: ["CATP-HP", "CATP-HP-CSHS", "CATP-HN"] } } });
    const unitOf = new Map(units.map((unit) => [unit.id, unit.code]));
    const byUnit = Object.fromEntries(received.map((change) => [unitOf.get(change.unitId!), change]));
    expect(Object.keys(byUnit).sort()).toEqual(["CATP-HN", "CATP-HP", "CATP-HP-CSHS"]);
    expect(byUnit["CATP-HP"]).toMatchObject({ action: "CREATE", entityType: "Officer", entityIds: [String(officer.personId)] });
  });

  it("then refuses the same file again: every service number exists", async () => {
    const { importOfficers } = await api.data(IMPORT, { input: { csv: good, dryRun: true } });
    expect(importOfficers.errors.map((error: { row: number; code: string }) => [error.row, error.code])).toEqual([
      [2, "serviceNumberTaken"],
      [3, "serviceNumberTaken"],
      [4, "serviceNumberTaken"],
    ]);
  });
});

describe("importOfficers reads files as Vietnamese spreadsheets write them", () => {
  it("accepts a BOM, `;` separators, Vietnamese headers and labels, DD/MM/YYYY dates and quoted fields", async () => {
    const file =
      "\uFEFFSố hiệu;Họ và tên;Cấp bậc;Ngày nhận cấp bậc;Mã đơn vị;Ngày về đơn vị;Chức vụ;Chức vụ tiếng Anh;Giới tính\r\n" +
      'VN-2001;"Vũ Thị ""Hoa""; Lan";Đại úy;01/07/2021;CATP-HP;1/7/2021;"Phó trưởng phòng;\nkiêm Đội trưởng";Deputy Head;Nữ\r\n';
    const { importOfficers } = await api.data(IMPORT, { input: { csv: file, dryRun: false } });
    expect(importOfficers).toEqual({ dryRun: false, rows: 1, committed: true, created: 1, errors: [] });
    const officer = await db.prisma.officer.findUniqueOrThrow({
      where: { serviceNumber: "VN-2001" },
      include: { person: { include: { posts: true } }, rankGrants: true },
    });
    expect(officer.person.fullName).toBe('Vũ Thị "Hoa"; Lan');
    expect(officer.person.gender).toBe("FEMALE");
    expect(officer.rankGrants[0]).toMatchObject({ rank: "DAI_UY", effectiveFrom: new Date("2021-07-01") });
    // the line break was inside the quotes: one record; a title keeps single spaces
    expect(officer.person.posts[0]?.title).toBe("Phó trưởng phòng; kiêm Đội trưởng");
  });

  it("reports an unknown or missing column on the header row, and a row with the wrong number of fields", async () => {
    const missing = await api.data(IMPORT, { input: { csv: "service_number,full_name,rnak\nX-1,A,DAI_UY", dryRun: true } });
    expect(missing.importOfficers.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: "rnak", code: "unknownColumn" }),
        expect.objectContaining({ row: 1, column: "rank", code: "missingColumn" }),
        expect.objectContaining({ row: 1, column: "unit_code", code: "missingColumn" }),
      ]),
    );
    const short = await api.data(IMPORT, { input: { csv: csv("X-1,A,DAI_UY"), dryRun: true } });
    expect(short.importOfficers.errors).toEqual([expect.objectContaining({ row: 2, column: null, code: "columnCount" })]);
  });
});

describe("importOfficers by role", () => {
  const mixed = csv(
    "ED-3001,Ngô Văn Hải,DAI_UY,2020-01-01,CATP-HP-CSGT,2020-01-01,,,,,",
    "ED-3002,Ngô Văn Hà,DAI_UY,2020-01-01,CATP-HN,2020-01-01,,,,,",
  );

  it("lets a UNIT_EDITOR import inside its subtree only: rows elsewhere are forbidden, and nothing is written", async () => {
    const editor = testApi(db, { as: "UNIT_EDITOR" });
    const before = await counts();
    const { importOfficers } = await editor.data(IMPORT, { input: { csv: mixed, dryRun: false } });
    expect(importOfficers.committed).toBe(false);
    expect(importOfficers.errors).toEqual([expect.objectContaining({ row: 3, column: "unit_code", code: "forbidden" })]);
    expect(await counts()).toEqual(before);

    const inside = csv("ED-3001,Ngô Văn Hải,DAI_UY,2020-01-01,CATP-HP-CSGT,2020-01-01,,,,,");
    const committed = await editor.data(IMPORT, { input: { csv: inside, dryRun: false } });
    expect(committed.importOfficers).toMatchObject({ committed: true, created: 1 });
  });

  it.each(["ANALYST", "VIEWER"] as const)("refuses an %s", async (role) => {
    const result = await testApi(db, { as: role }).graphql(IMPORT, { input: { csv: mixed, dryRun: true } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an anonymous caller", async () => {
    const result = await testApi(db, { as: null }).graphql(IMPORT, { input: { csv: mixed, dryRun: true } });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
