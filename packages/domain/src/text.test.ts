import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeName, normalizeText, searchKey, searchKeyOf } from "./text.ts";

describe("searchKey", () => {
  it("folds case and diacritics: hai phong, Hải Phòng and HẢI PHÒNG are one key", () => {
    expect(searchKey("hai phong")).toBe("hai phong");
    expect(searchKey("Hải Phòng")).toBe("hai phong");
    expect(searchKey("HẢI PHÒNG")).toBe("hai phong");
  });

  it("maps đ and Đ to d", () => {
    expect(searchKey("Đà Nẵng")).toBe("da nang");
    expect(searchKey("đ")).toBe(searchKey("d"));
    expect(searchKey("Đ")).toBe(searchKey("D"));
    expect(searchKey("Trần Đức Tài")).toBe("tran duc tai");
    expect(searchKey("ÐÀ NẴNG")).toBe("da nang"); // U+00D0 from a legacy encoding
  });

  it("gives the same key for decomposed (NFD) and composed (NFC) input", () => {
    const nfd = "Cần Thơ".normalize("NFD");
    expect(nfd).not.toBe("Cần Thơ");
    expect(searchKey(nfd)).toBe("can tho");
  });

  it("folds every Vietnamese vowel with every tone to its base letter", () => {
    expect(searchKey("àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị")).toBe("aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii");
    expect(searchKey("òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ")).toBe("ooooo oooooo oooooo uuuuu uuuuuu yyyyy");
  });

  it("turns punctuation and runs of space into single spaces", () => {
    expect(searchKey("  CATP-HP ")).toBe("catp hp");
    expect(searchKey("Cụm thi đua số 1 – Bộ Công an")).toBe("cum thi dua so 1 bo cong an");
    expect(searchKey("“Vì ANTQ”")).toBe("vi antq");
  });
});

describe("searchKeyOf", () => {
  it("joins the keys of the present fields with a separator no key contains", () => {
    expect(searchKeyOf("Công an thành phố Hải Phòng", "CATP-HP", null, undefined, "CATP Hải Phòng")).toBe(
      "cong an thanh pho hai phong | catp hp | catp hai phong",
    );
    expect(searchKeyOf(null, "")).toBe("");
  });

  it("finds a unit by a folded query as a substring", () => {
    const key = searchKeyOf("Công an thành phố Hải Phòng", "CATP-HP");
    for (const query of ["hai phong", "Hải Phòng", "HẢI PHÒNG", "catp hp"]) expect(key).toContain(searchKey(query));
  });
});

describe("normalizeName", () => {
  it("stores NFC: decomposed input comes out composed", () => {
    const nfd = "Nguyễn Công Bảy".normalize("NFD");
    expect(nfd.length).toBeGreaterThan("Nguyễn Công Bảy".length);
    expect(normalizeName(nfd)).toBe("Nguyễn Công Bảy");
    expect(normalizeName(nfd).normalize("NFC")).toBe(normalizeName(nfd));
  });

  it("trims and collapses white space, keeping diacritics and case", () => {
    expect(normalizeName("  Vũ\u00a0Thanh \t Chương \n")).toBe("Vũ Thanh Chương");
  });
});

describe("normalizeText", () => {
  it("stores NFC and keeps lines, with \\n line breaks", () => {
    expect(normalizeText("  Tổng kết\r\nnăm 2022\rxong \n".normalize("NFD"))).toBe("Tổng kết\nnăm 2022\nxong");
  });
});

describe("the seed facts", () => {
  // the copy the seed loads (packages/db keeps it byte-identical to shared/seed/facts.json)
  const facts: unknown = JSON.parse(readFileSync(new URL("../../db/src/seed/facts.json", import.meta.url), "utf8"));

  function* strings(value: unknown): Generator<string> {
    if (typeof value === "string") yield value;
    else if (Array.isArray(value)) for (const item of value) yield* strings(item);
    else if (value && typeof value === "object") for (const item of Object.values(value)) yield* strings(item);
  }

  it("keep every name and title in NFC, already in stored form", () => {
    const all = [...strings(facts)];
    expect(all).toContain("Công an thành phố Hải Phòng");
    expect(all.filter((text) => text !== text.normalize("NFC"))).toEqual([]);
    expect(all.filter((text) => text !== text.trim())).toEqual([]);
  });

  it("let every member city be found without diacritics or case", () => {
    const units = (facts as { units: Array<{ code: string; name: string; shortName?: string }> }).units;
    const keyOf = (code: string) => {
      const unit = units.find((candidate) => candidate.code === code);
      return searchKeyOf(unit?.name, unit?.code, unit?.shortName);
    };
    expect(keyOf("CATP-HP")).toContain(searchKey("hai phong"));
    expect(keyOf("CATP-HP")).toContain(searchKey("HẢI PHÒNG"));
    expect(keyOf("CATP-DN")).toContain(searchKey("da nang"));
    expect(keyOf("CATP-CT")).toContain(searchKey("can tho"));
    expect(keyOf("CATP-HN")).not.toContain(searchKey("hai phong"));
  });
});
