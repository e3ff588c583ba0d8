import { describe, expect, it } from "vitest";
import {
  assignPartyRoleInput,
  assignPostInput,
  createOfficerInput,
  createPersonInput,
  endPostInput,
  promoteOfficerInput,
  retireOfficerInput,
  transferOfficerInput,
  updateOfficerInput,
  updatePersonInput,
} from "./people.ts";
import { problems } from "./test-support.ts";

const vuThanhChuong = {
  key: "vu-thanh-chuong",
  fullName: "Vũ Thanh Chương",
  serviceNumber: "047-123",
  rank: "THIEU_TUONG",
  rankEffectiveFrom: "2021-04-28",
  unitId: 7,
  unitEffectiveFrom: "2019-07-01",
} as const;

describe("people", () => {
  it("a civilian guest is a person with an outside organisation", () => {
    const guest = { fullName: "Vũ Thị Hương", gender: "FEMALE", organisation: "Ban Thi đua – Khen thưởng thành phố Hải Phòng" };
    expect(createPersonInput.parse(guest)).toEqual(guest);
  });

  it("names are stored NFC and blank contact fields become null", () => {
    const person = createPersonInput.parse({ fullName: "Vũ Thị Hương".normalize("NFD"), email: "", phone: " " });
    expect(person).toEqual({ fullName: "Vũ Thị Hương", email: null, phone: null });
  });

  it("refuses a bad key, birth date or email", () => {
    const bad = { key: "Vu Thi Huong", fullName: "Vũ Thị Hương", birthDate: "1975-02-30", email: "huong@" };
    expect(problems(createPersonInput, bad).sort()).toEqual([
      "birthDate: invalid_format",
      "email: invalid_format",
      "key: invalid_format",
    ]);
  });

  it("an edit carries the version and cannot blank the full name", () => {
    expect(problems(updatePersonInput, { id: 8, version: 1, gender: "FEMALE" })).toEqual([]);
    expect(problems(updatePersonInput, { id: 8, version: 1, fullName: "  " })).toEqual(["fullName: too_small"]);
    expect(problems(updatePersonInput, { id: 8, version: 1 })).toEqual([": nothingToChange"]);
  });
});

describe("officers", () => {
  it("are created with a first rank and a unit", () => {
    expect(createOfficerInput.parse(vuThanhChuong)).toEqual(vuThanhChuong);
    expect(problems(createOfficerInput, { ...vuThanhChuong, rank: "GENERAL", serviceNumber: "a" }).sort()).toEqual([
      "rank: invalid_value",
      "serviceNumber: invalid_format",
    ]);
  });

  it("edit, transfer and retire carry the version", () => {
    expect(problems(updateOfficerInput, { personId: 2, version: 1, serviceNumber: "047-124" })).toEqual([]);
    expect(problems(transferOfficerInput, { personId: 2, version: 1, toUnitId: 5, effectiveFrom: "2023-01-01" })).toEqual([]);
    expect(problems(transferOfficerInput, { personId: 2, toUnitId: 5, effectiveFrom: "2023-01-01" })).toEqual([
      "version: invalid_type",
    ]);
    expect(problems(retireOfficerInput, { personId: 2, version: 3, retiredAt: "2025-12-31" })).toEqual([]);
  });
});

describe("promoteOfficerInput", () => {
  const promotion = {
    personId: 6,
    version: 2,
    currentRank: "DAI_TA",
    newRank: "THIEU_TUONG",
    decisionNumber: "1234/QĐ-TTg",
    effectiveFrom: "2023-04-27",
  } as const;

  it("goes up the ladder, with a decision number and an effective date", () => {
    expect(promoteOfficerInput.parse(promotion)).toEqual(promotion);
  });

  it("never down or sideways", () => {
    expect(problems(promoteOfficerInput, { ...promotion, newRank: "DAI_TA" })).toEqual(["newRank: promotionGoesUp"]);
    expect(problems(promoteOfficerInput, { ...promotion, newRank: "THUONG_TA" })).toEqual(["newRank: promotionGoesUp"]);
  });

  it("needs the decision and the date", () => {
    const { decisionNumber: _decision, effectiveFrom: _from, ...bare } = promotion;
    expect(problems(promoteOfficerInput, bare).sort()).toEqual(["decisionNumber: invalid_type", "effectiveFrom: invalid_type"]);
  });
});

describe("posts and party roles", () => {
  const director = { personId: 2, unitId: 7, title: "Giám đốc", titleEn: "Director", attestedOn: "2022-11-23" };

  it("a post is in a unit or, for a civilian, an outside organisation, not both", () => {
    expect(problems(assignPostInput, director)).toEqual([]);
    const board = { personId: 8, organisation: "Ban Thi đua – Khen thưởng thành phố Hải Phòng", title: "Trưởng Ban", titleEn: "Head" };
    expect(problems(assignPostInput, board)).toEqual([]);
    expect(problems(assignPostInput, { ...board, unitId: 7 })).toEqual(["unitId: exactlyOne"]);
    expect(problems(assignPostInput, { ...director, unitId: null })).toEqual(["unitId: exactlyOne"]);
  });

  it("dates are ordered: from ≤ attested ≤ to", () => {
    expect(problems(assignPostInput, { ...director, effectiveFrom: "2020-01-01", effectiveTo: "2023-06-30" })).toEqual([]);
    expect(problems(assignPostInput, { ...director, effectiveFrom: "2023-01-01" })).toEqual(["attestedOn: endsBeforeStart"]);
    expect(problems(assignPostInput, { ...director, effectiveTo: "2022-06-30" })).toEqual(["effectiveTo: endsBeforeStart"]);
  });

  it("a party role is in a unit's committee or an outside body", () => {
    const secretary = { personId: 2, unitId: 7, title: "Bí thư Đảng ủy", titleEn: "Secretary of the Party Committee" };
    expect(problems(assignPartyRoleInput, secretary)).toEqual([]);
    const standingBoard = {
      personId: 2,
      body: "Thành ủy Hải Phòng",
      title: "Ủy viên BTV Thành ủy",
      titleLong: "Ủy viên Ban Thường vụ Thành ủy",
      titleEn: "Member of the Standing Board of the City Party Committee",
    };
    expect(problems(assignPartyRoleInput, standingBoard)).toEqual([]);
    expect(problems(assignPartyRoleInput, { ...standingBoard, body: "" })).toEqual(["unitId: exactlyOne"]);
  });

  it("ending one carries the version and the day", () => {
    expect(problems(endPostInput, { id: 4, version: 1, effectiveTo: "2023-06-30" })).toEqual([]);
    expect(problems(endPostInput, { id: 4, version: 1 })).toEqual(["effectiveTo: invalid_type"]);
  });
});
