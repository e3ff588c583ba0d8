import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  catalogCode,
  decisionNumber,
  email,
  enteredDataSource,
  isoDate,
  longText,
  name,
  optionalDate,
  optionalName,
  phone,
  slugKey,
  unitCode,
  version,
  year,
} from "./common.ts";
import { problems } from "./test-support.ts";

describe("names", () => {
  it("are trimmed, NFC and single-spaced", () => {
    const nfd = "  Công an   thành phố\tHải Phòng ".normalize("NFD");
    const result = name().parse(nfd);
    expect(result).toBe("Công an thành phố Hải Phòng");
    expect(result).toBe(result.normalize("NFC"));
  });

  it("are required and bounded after normalising", () => {
    expect(problems(name(), "   ")).toEqual([": too_small"]);
    expect(problems(name(5), "  Hải  Phòng ")).toEqual([": too_big"]);
    expect(name(9).parse("  Hải  Phòng ")).toBe("Hải Phòng");
  });

  it("keep line breaks in free text", () => {
    expect(longText().parse(" Dòng một\r\nDòng hai \n")).toBe("Dòng một\nDòng hai");
  });

  it("read a blank optional field as null and leave an absent one undefined", () => {
    const schema = z.object({ shortName: optionalName(), on: optionalDate });
    expect(schema.parse({ shortName: "   ", on: "" })).toEqual({ shortName: null, on: null });
    expect(schema.parse({})).toEqual({});
    expect(schema.parse({ shortName: " CATP  Hải Phòng", on: "2022-11-23" })).toEqual({
      shortName: "CATP Hải Phòng",
      on: "2022-11-23",
    });
    expect(problems(schema, { on: "23/11/2022" })).toEqual(["on: invalid_format"]);
  });
});

describe("dates", () => {
  it("are real calendar dates as YYYY-MM-DD", () => {
    for (const date of ["2022-11-23", "2024-02-29", "2000-02-29"]) expect(isoDate.safeParse(date).success, date).toBe(true);
    for (const date of ["2023-02-29", "1900-02-29", "2022-11-31", "2022-13-01", "2022-1-5", "23/11/2022", "2022-11-23T00:00:00Z", ""]) {
      expect(isoDate.safeParse(date).success, date).toBe(false);
    }
  });

  it("years stay within the records' range", () => {
    expect(year.safeParse(2022).success).toBe(true);
    expect(year.safeParse(1900).success).toBe(false);
    expect(year.safeParse(2022.5).success).toBe(false);
  });
});

describe("codes and keys", () => {
  it("unit codes are uppercase letters, digits and hyphens", () => {
    expect(unitCode.parse(" CATP-HP ")).toBe("CATP-HP");
    for (const code of ["BCA", "BCA-CTD", "CATP-HCM", "CAT-01"]) expect(unitCode.safeParse(code).success, code).toBe(true);
    for (const code of ["catp-hp", "CATP_HP", "CATP--HP", "-CATP", "CATP-", "CATP HP", "CATP-HẢI", ""]) {
      expect(unitCode.safeParse(code).success, code).toBe(false);
    }
  });

  it("catalog codes are SCREAMING_SNAKE_CASE", () => {
    expect(catalogCode.safeParse("CASE_CLEARANCE_RATE").success).toBe(true);
    expect(catalogCode.safeParse("VI_ANTQ").success).toBe(true);
    expect(catalogCode.safeParse("vi_antq").success).toBe(false);
    expect(catalogCode.safeParse("1_RATE").success).toBe(false);
  });

  it("source keys are kebab-case", () => {
    expect(slugKey.safeParse("vu-thanh-chuong").success).toBe(true);
    expect(slugKey.safeParse("Vu-Thanh-Chuong").success).toBe(false);
  });

  it("decision numbers are NFC text with digits", () => {
    expect(decisionNumber.parse(" 1234/QĐ-BCA ".normalize("NFD"))).toBe("1234/QĐ-BCA");
    expect(problems(decisionNumber, "QĐ-BCA")).toEqual([": invalid_format"]);
  });
});

describe("contact fields", () => {
  it("emails are trimmed and lowercased", () => {
    expect(email.parse("  Admin@Thidua.Example ")).toBe("admin@thidua.example");
    expect(email.safeParse("admin@").success).toBe(false);
  });

  it("phones are digits with optional separators", () => {
    expect(phone.safeParse("+84 225 3842 123").success).toBe(true);
    expect(phone.safeParse("call me").success).toBe(false);
  });
});

describe("versions and sources", () => {
  it("a version is a positive whole number", () => {
    expect(version.safeParse(1).success).toBe(true);
    expect(version.safeParse(0).success).toBe(false);
    expect(version.safeParse("1").success).toBe(false);
  });

  it("synthetic data sources cannot be entered", () => {
    expect(enteredDataSource.options).toEqual(["SOURCE_ARTICLE", "REPORTED", "IMPORTED"]);
  });
});
