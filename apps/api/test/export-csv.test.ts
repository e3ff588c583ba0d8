// CSV exports over HTTP: every row (no cap, streamed in chunks), quoting that survives any name,
// columns by role, and files the import reads back.
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_CHUNK } from "../src/bulk/export.js";
import { env } from "../src/env.js";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;

beforeAll(async () => {
  db = await seededTestDatabase();
});
afterAll(() => db?.dispose());

type Role = "ADMIN" | "UNIT_EDITOR" | "ANALYST" | "VIEWER" | null;

/** A list's filter as the export's `filter` parameter. */
const filterParam = (filter: object) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;
const withinHaiPhong = { unit: { within: { code: { eq: "CATP-HP" } } } };

async function download(path: string, as: Role = "ADMIN") {
  const api = testApi(db, { as });
  return api.yoga.fetch(`http://api.test${path}`, { headers: await api.authHeaders() });
}

/** The file as text, and its records as objects by header. */
async function exported(path: string, as: Role = "ADMIN") {
  const response = await download(path, as);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await response.arrayBuffer());
  // decoded as it is, BOM kept (Response.text() would drop it)
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const records = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
  const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0]!;
  return { text, header, records };
}

describe("GET /export/people.csv", () => {
  it("has every person of the demo, across several chunks, in UTF-8 with a BOM", async () => {
    const { text, records } = await exported("/export/people.csv");
    expect(text.startsWith("\uFEFFservice_number,full_name,")).toBe(true);
    const people = await db.prisma.person.count();
    expect(people).toBeGreaterThan(2 * EXPORT_CHUNK);
    expect(records).toHaveLength(people);
    expect(new Set(records.map((record) => `${record.full_name}|${record.service_number}`)).size).toBe(people);
    expect(records).toContainEqual(expect.objectContaining({ full_name: "Vũ Thanh Chương" }));
  });

  it("quotes what needs quoting, so every value comes back as written", async () => {
    const awkward = { fullName: 'Nguyễn "Tư" Văn, Tám; Chín', organisation: "Ban Thi đua\nKhen thưởng, \"TP\"" };
    await db.prisma.person.create({ data: { ...awkward, searchKey: "quoting probe", source: "REPORTED" } });
    const { records } = await exported("/export/people.csv?search=quoting%20probe");
    expect(records).toEqual([expect.objectContaining({ full_name: awkward.fullName, organisation: awkward.organisation })]);
  });

  it("writes a text cell that a spreadsheet would run as a formula behind a quote", async () => {
    const formulas = { fullName: '=HYPERLINK("http://attacker.test","Xem")', organisation: "@SUM(1+1)*cmd|' /C calc'!A0" };
    await db.prisma.person.create({ data: { ...formulas, searchKey: "formula probe", source: "REPORTED" } });
    const { records } = await exported("/export/people.csv?search=formula%20probe");
    expect(records).toEqual([expect.objectContaining({ full_name: `'${formulas.fullName}`, organisation: `'${formulas.organisation}` })]);
  });

  it("chooses the rows the people list chooses: search, filter and asOf", async () => {
    const filter = { ...withinHaiPhong, rank: { gte: "THIEU_TA" } };
    const { people } = await testApi(db).data(
      `query ($filter: PersonFilter) { people(filter: $filter, asOf: "2023-06-30", search: "nguyen", first: 1) { totalCount } }`,
      { filter },
    );
    const { records } = await exported(`/export/people.csv?${filterParam(filter)}&asOf=2023-06-30&search=nguyen`);
    expect(people.totalCount).toBeGreaterThan(0);
    expect(records).toHaveLength(people.totalCount);
    expect(records.every((record) => record.unit_code?.startsWith("CATP-HP") && record.full_name?.startsWith("Nguyễn"))).toBe(true);
  });

  it("refuses a filter that is not JSON, or not a PersonFilter", async () => {
    expect((await download("/export/people.csv?filter=%7Bunit")).status).toBe(400);
    const wrong = await download(`/export/people.csv?${filterParam({ rank: { gte: "GENERALISSIMO" } })}`);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/GENERALISSIMO/);
  });

  it("refuses a parameter it does not know, naming it, rather than export an unfiltered list", async () => {
    const unknown = await download("/export/people.csv?unitCode=CATP-HP");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/unitCode/);
    expect((await download("/export/people.csv?search=nguyen&asOf=2023-06-30")).status).toBe(200);
  });

  it("leaves personal columns out for an ANALYST, fills them for a UNIT_EDITOR's own subtree only, refuses a VIEWER", async () => {
    const analyst = await exported("/export/people.csv", "ANALYST");
    expect(analyst.header).not.toContain("service_number");
    expect(analyst.header).not.toContain("birth_date");
    expect(analyst.header).toContain("full_name");

    const editor = await exported("/export/people.csv", "UNIT_EDITOR");
    expect(editor.header).toContain("service_number");
    const hp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" }, include: { children: true } });
    const own = new Set([hp.code, ...hp.children.map((child) => child.code)]);
    const inside = editor.records.filter((record) => own.has(record.unit_code!));
    const outside = editor.records.filter((record) => record.unit_code && !own.has(record.unit_code));
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    expect(inside.every((record) => record.service_number !== "")).toBe(true);
    expect(outside.every((record) => record.service_number === "" && record.birth_date === "")).toBe(true);

    expect((await download("/export/people.csv", "VIEWER")).status).toBe(403);
    expect((await download("/export/people.csv", null)).status).toBe(401);
    expect((await download("/export/people.csv?asOf=2023-02-30")).status).toBe(400);
  });
});

describe("GET /export/observations.csv", () => {
  it("has every observation, and the filtered ones", async () => {
    const all = await exported("/export/observations.csv");
    expect(all.records).toHaveLength(await db.prisma.observation.count());
    const filter = { unit: { code: { eq: "CATP-HP" } }, year: { eq: 2022 }, indicator: { code: { eq: "CASE_CLEARANCE_RATE" } } };
    const some = await exported(`/export/observations.csv?${filterParam(filter)}`);
    const { observations } = await testApi(db).data(`query ($filter: ObservationFilter) { observations(filter: $filter) { totalCount } }`, {
      filter,
    });
    expect(observations.totalCount).toBe(12);
    expect(some.records).toHaveLength(12);
    expect(some.records[0]).toMatchObject({ indicator_code: "CASE_CLEARANCE_RATE", unit_code: "CATP-HP", granularity: "MONTH", year: "2022" });
  });

  it("writes a negative number as a number, and a note starting with a minus behind a quote", async () => {
    const [unit, indicator] = await Promise.all([
      db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } }),
      db.prisma.indicator.findFirstOrThrow({ orderBy: { id: "asc" } }),
    ]);
    await db.prisma.observation.create({
      data: {
        indicatorId: indicator.id,
        unitId: unit.id,
        granularity: "MONTH",
        periodStart: new Date("2031-01-01"),
        year: 2031,
        value: -2.5,
        numerator: -5,
        denominator: 2,
        source: "REPORTED",
        sourceNote: "-5 vụ so với tháng trước",
      },
    });
    const { records } = await exported(`/export/observations.csv?${filterParam({ unit: { code: { eq: "CATP-HP" } }, year: { eq: 2031 } })}`);
    expect(records).toEqual([
      expect.objectContaining({ value: "-2.5", numerator: "-5", denominator: "2", year: "2031", source_note: "'-5 vụ so với tháng trước" }),
    ]);
  });

  it("refuses a VIEWER", async () => {
    expect((await download("/export/observations.csv", "VIEWER")).status).toBe(403);
  });
});

describe("export, then import into a fresh database", () => {
  let fresh: TestDatabase;
  beforeAll(async () => {
    // a new installation with the same unit tree and indicator catalog, and no people or values
    fresh = await createTestDatabase({ url: env.DATABASE_URL });
    await fresh.prisma.unit.createMany({ data: await db.prisma.unit.findMany({ orderBy: { id: "asc" } }) });
    await fresh.prisma.indicator.createMany({ data: await db.prisma.indicator.findMany() });
  });
  afterAll(() => fresh?.dispose());

  const dryRun = (mutation: string, csv: string) =>
    testApi(fresh).data(`mutation ($input: ImportInput!) { ${mutation}(input: $input) { rows errors { row column code message } } }`, {
      input: { csv, dryRun: true },
    });

  it("reads a unit's officers back without an error", async () => {
    const { text, records } = await exported(`/export/people.csv?${filterParam(withinHaiPhong)}`);
    expect(records.length).toBeGreaterThan(100);
    const { importOfficers } = await dryRun("importOfficers", text);
    expect(importOfficers).toEqual({ rows: records.length, errors: [] });
  });

  it("reads a unit's observations back without an error", async () => {
    const { text, records } = await exported(`/export/observations.csv?${filterParam({ unit: { code: { eq: "CATP-HP" } }, year: { eq: 2024 } })}`);
    expect(records).toHaveLength(12 * (await db.prisma.indicator.count()));
    const { importObservations } = await dryRun("importObservations", text);
    expect(importObservations).toEqual({ rows: records.length, errors: [] });
  });

  it("takes off the quote the export put before a formula: names and titles come back as written", async () => {
    const fullName = '=HYPERLINK("http://attacker.test","Nguyễn Văn Công")';
    const title = "-Phó Trưởng phòng";
    const file = [
      "service_number,full_name,rank,rank_from,unit_code,unit_from,post_title,post_title_en,post_from",
      `FORMULA-01,"${fullName.replaceAll('"', '""')}",DAI_UY,2021-07-01,CATP-HP,2021-07-01,${title},Deputy head,2021-07-01`,
    ].join("\r\n");
    const commit = (api: ReturnType<typeof testApi>, csv: string) =>
      api.data(`mutation ($input: ImportInput!) { importOfficers(input: $input) { created errors { row column code } } }`, {
        input: { csv, dryRun: false },
      });
    expect((await commit(testApi(db), file)).importOfficers).toEqual({ created: 1, errors: [] });

    const { text, records } = await exported(`/export/people.csv?${filterParam(withinHaiPhong)}&search=attacker`);
    expect(records).toEqual([expect.objectContaining({ service_number: "FORMULA-01", full_name: `'${fullName}`, post_title: `'${title}` })]);
    expect((await commit(testApi(fresh), text)).importOfficers).toEqual({ created: 1, errors: [] });
    const officer = await fresh.prisma.officer.findUniqueOrThrow({ where: { serviceNumber: "FORMULA-01" }, include: { person: { include: { posts: true } } } });
    expect(officer.person.fullName).toBe(fullName);
    expect(officer.person.posts.map((post) => post.title)).toEqual([title]);
  });
});
