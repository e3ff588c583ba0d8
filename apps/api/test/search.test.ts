// Search ignores case and diacritics ("đ" is "d"), for units and for people.
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

async function unitCodes(search: string) {
  const { units } = await api.data(`query ($search: String) { units(search: $search, first: 1000) { totalCount edges { node { code } } } }`, {
    search,
  });
  expect(units.totalCount).toBe(units.edges.length);
  return units.edges.map((edge: { node: { code: string } }) => edge.node.code);
}

async function personKeys(search: string) {
  const { people } = await api.data(
    `query ($search: String) { people(search: $search, first: 100) { totalCount edges { node { key fullName } } } }`,
    { search },
  );
  expect(people.totalCount).toBe(people.edges.length);
  return people.edges.map((edge: { node: { key: string | null; fullName: string } }) => edge.node);
}

describe("units", () => {
  it("finds Hải Phòng however it is written", async () => {
    const expected = await unitCodes("Hải Phòng");
    expect(expected).toContain("CATP-HP");
    for (const spelling of ["hai phong", "HẢI PHÒNG", "Hải Phòng".normalize("NFD"), "  HAI   phong "]) {
      expect(await unitCodes(spelling)).toEqual(expected);
    }
  });

  it('matches "đ" with "d"', async () => {
    const expected = await unitCodes("Đà Nẵng");
    expect(expected).toContain("CATP-DN");
    expect(await unitCodes("da nang")).toEqual(expected);
  });

  it("narrows by every word and finds nothing for a name that is not there", async () => {
    const city = await unitCodes("cong an thanh pho");
    const haiPhong = await unitCodes("thanh pho hai phong");
    expect(haiPhong.length).toBeLessThan(city.length);
    expect(await unitCodes("không có đơn vị này")).toEqual([]);
  });
});

describe("people", () => {
  it("finds Trần Văn Dương however it is written", async () => {
    const expected = await personKeys("Trần Văn Dương");
    expect(expected).toContainEqual({ key: "tran-van-duong", fullName: "Trần Văn Dương" });
    for (const spelling of ["tran van duong", "TRẦN VĂN DƯƠNG", "Trần Văn Dương".normalize("NFD")]) {
      expect(await personKeys(spelling)).toEqual(expected);
    }
  });
});
