// Bulk import of observations: the domain's rules per row (period alignment, rate parts), the
// database's (known codes, one value per period, closed periods), all rows or none.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLive, type Live, type LiveChange } from "../src/live/live.js";
import { seededTestDatabase, testApi } from "./support.js";

const IMPORT = `mutation ($input: ImportInput!) {
  importObservations(input: $input) { dryRun rows committed created errors { row column code message } }
}`;

const HEADER = "indicator_code,unit_code,granularity,period_start,value,numerator,denominator,source_note";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

let db: TestDatabase;
let live: Live;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  live = createLive();
  api = testApi(db, { live });
});
afterAll(() => db?.dispose());

const counts = async () => ({ observations: await db.prisma.observation.count(), audit: await db.prisma.auditLog.count() });

// The demo has monthly values 2020–2024; cluster 1's periods of 2020 and 2021 are closed.
describe("importObservations on a file with bad rows", () => {
  const bad = csv(
    "CRIMES_RECORDED,CATP-HP,MONTH,2025-01-01,120,,,", // fine
    "NO_SUCH_INDICATOR,CATP-HP,MONTH,2025-01-01,1,,,", // row 3
    "CRIMES_RECORDED,CATP-HP,MONTH,2025-01-15,1,,,", // row 4: not the start of a month
    "CASE_CLEARANCE_RATE,CATP-HP,MONTH,2025-01-01,80,,,", // row 5: a rate without its parts
    "CASE_CLEARANCE_RATE,CATP-HP,MONTH,2025-02-01,90,9,10,", // fine
    "CASE_CLEARANCE_RATE,CATP-HP,MONTH,2025-03-01,50,12,10,", // row 7: numerator above denominator
    "CRIMES_RECORDED,CATP-HP,MONTH,2024-12-01,5,,,", // row 8: recorded already
    "CRIMES_RECORDED,CATP-HP-CSHS,MONTH,2021-06-01,5,,,", // row 9: closed period (of the parent's cluster)
    "CRIMES_RECORDED,CATP-HP,MONTH,2025-01-01,121,,,", // row 10: same as row 2
    "CRIMES_RECORDED,CATP-HP,WEEK,2025-01-01,abc,2,,", // row 11: granularity, value, parts of a count
  );

  it("reports every bad row on a dry run and on a commit, and writes nothing", async () => {
    const before = await counts();
    for (const dryRun of [true, false]) {
      const { importObservations } = await api.data(IMPORT, { input: { csv: bad, dryRun } });
      expect(importObservations).toMatchObject({ dryRun, rows: 10, committed: false, created: 0 });
      expect(importObservations.errors.map(({ row, column, code }: { row: number; column: string | null; code: string }) => [row, column, code])).toEqual([
        [3, "indicator_code", "unknownIndicator"],
        [4, "period_start", "periodStartAligned"],
        [5, "numerator", "rateParts"],
        [7, "numerator", "numeratorAboveDenominator"],
        [8, "period_start", "alreadyRecorded"],
        [9, "period_start", "periodClosed"],
        [10, null, "duplicateInFile"],
        [11, "granularity", "invalid_value"],
        [11, "value", "invalid_type"],
      ]);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("importObservations on a good file", () => {
  it("writes every row, one audit row each, and publishes the change", async () => {
    const before = await counts();
    const changes = live.subscribe("observation");
    const next = changes.next();
    const file = csv(
      "CRIMES_RECORDED,CATP-HP,MONTH,2025-01-01,120,,,Báo cáo tháng 1",
      "CASE_CLEARANCE_RATE,CATP-HP,MONTH,2025-01-01,90,9,10,",
      "PARTY_BUILDING_SCORE,CATP-HP,YEAR,2025-01-01,95.5,,,",
    );
    const { importObservations } = await api.data(IMPORT, { input: { csv: file, dryRun: false } });
    expect(importObservations).toEqual({ dryRun: false, rows: 3, committed: true, created: 3, errors: [] });
    expect(await counts()).toEqual({ observations: before.observations + 3, audit: before.audit + 3 });

    const written = await db.prisma.observation.findMany({
      where: { unit: { code: "CATP-HP" }, year: 2025 },
      include: { indicator: true },
      orderBy: { id: "asc" },
    });
    expect(written.map((row) => [row.indicator.code, row.granularity, row.value, row.numerator, row.denominator, row.source])).toEqual([
      ["CRIMES_RECORDED", "MONTH", 120, null, null, "IMPORTED"],
      ["CASE_CLEARANCE_RATE", "MONTH", 90, 9, 10, "IMPORTED"],
      ["PARTY_BUILDING_SCORE", "YEAR", 95.5, null, null, "IMPORTED"],
    ]);
    expect(written[0]?.reportedById).not.toBeNull();

    const change = (await next).value as LiveChange;
    expect(change).toMatchObject({ action: "CREATE", entityType: "Observation", unitId: written[0]?.unitId });
    expect(change.entityIds).toEqual(written.map((row) => String(row.id)));
    await changes.return?.();
  });

  it("reads decimal commas in a `;` file and Vietnamese labels of the period", async () => {
    const file = "Mã chỉ tiêu;Mã đơn vị;Kỳ;Ngày bắt đầu kỳ;Giá trị\nPARTY_BUILDING_SCORE;CATP-DN;Năm;01/01/2025;92,5\n";
    const { importObservations } = await api.data(IMPORT, { input: { csv: file, dryRun: false } });
    expect(importObservations).toMatchObject({ committed: true, created: 1, errors: [] });
    const row = await db.prisma.observation.findFirstOrThrow({ where: { unit: { code: "CATP-DN" }, year: 2025 } });
    expect(row).toMatchObject({ granularity: "YEAR", value: 92.5 });
  });

  it("lets a UNIT_EDITOR record values in its subtree only", async () => {
    const editor = testApi(db, { as: "UNIT_EDITOR" });
    const file = csv("CRIMES_RECORDED,CATP-HP-CSGT,MONTH,2025-01-01,3,,,", "CRIMES_RECORDED,CATP-HN,MONTH,2025-01-01,3,,,");
    const { importObservations } = await editor.data(IMPORT, { input: { csv: file, dryRun: true } });
    expect(importObservations.errors).toEqual([expect.objectContaining({ row: 3, column: "unit_code", code: "forbidden" })]);
  });
});
