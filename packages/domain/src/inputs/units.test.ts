import { describe, expect, it } from "vitest";
import { problems } from "./test-support.ts";
import { createUnitInput, deactivateUnitInput, moveUnitInput, renameUnitInput } from "./units.ts";

const catpHaiPhong = {
  code: "CATP-HP",
  name: "Công an thành phố Hải Phòng",
  shortName: "CATP Hải Phòng",
  nameEn: "Hai Phong City Police",
  kind: "CITY_POLICE",
  parentId: 1,
} as const;

describe("createUnitInput", () => {
  it("accepts a unit of the source and stores its names NFC", () => {
    const nfd = { ...catpHaiPhong, name: catpHaiPhong.name.normalize("NFD") };
    expect(createUnitInput.parse(nfd)).toEqual(catpHaiPhong);
  });

  it("refuses a lowercase code, an unknown kind and a blank name", () => {
    expect(problems(createUnitInput, { ...catpHaiPhong, code: "catp-hp", kind: "CITY", name: " " }).sort()).toEqual([
      "code: invalid_format",
      "kind: invalid_value",
      "name: too_small",
    ]);
  });

  it("gives every unit but the ministry a parent", () => {
    expect(problems(createUnitInput, { ...catpHaiPhong, parentId: null })).toEqual(["parentId: parentRequired"]);
    const ministry = { code: "BCA", name: "Bộ Công an", nameEn: "Ministry of Public Security", kind: "MINISTRY" };
    expect(problems(createUnitInput, ministry)).toEqual([]);
    expect(problems(createUnitInput, { ...ministry, parentId: 3 })).toEqual(["parentId: ministryHasNoParent"]);
  });
});

describe("unit updates", () => {
  it("rename carries the version and changes something", () => {
    expect(renameUnitInput.parse({ id: 7, version: 2, nameEn: "  Haiphong   City Police " })).toEqual({
      id: 7,
      version: 2,
      nameEn: "Haiphong City Police",
    });
    expect(problems(renameUnitInput, { id: 7, version: 2 })).toEqual([": nothingToChange"]);
    expect(problems(renameUnitInput, { id: 7, name: "CATP" })).toEqual(["version: invalid_type"]);
  });

  it("rename clears the short name with null or a blank", () => {
    expect(renameUnitInput.parse({ id: 7, version: 2, shortName: "" }).shortName).toBeNull();
  });

  it("move refuses a unit as its own parent", () => {
    expect(problems(moveUnitInput, { id: 7, version: 1, parentId: 7 })).toEqual(["parentId: ownParent"]);
    expect(problems(moveUnitInput, { id: 7, version: 1, parentId: 1 })).toEqual([]);
  });

  it("deactivate names the row and its version", () => {
    expect(problems(deactivateUnitInput, { id: 7, version: 3 })).toEqual([]);
    expect(problems(deactivateUnitInput, { id: 7 })).toEqual(["version: invalid_type"]);
  });
});
