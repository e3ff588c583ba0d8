import { describe, expect, it } from "vitest";
import { buildUnitTree, filterUnitTree, type TreeUnit } from "./unit-tree.ts";

const unit = (code: string, name: string, nameEn: string, parent: string | null, shortName?: string): TreeUnit => ({
  code,
  name,
  nameEn,
  shortName: shortName ?? null,
  parent: parent ? { code: parent } : null,
});

const units = [
  unit("BCA", "Bộ Công an", "Ministry of Public Security", null),
  unit("CATP-DN", "Công an thành phố Đà Nẵng", "Da Nang City Police", "BCA", "CATP Đà Nẵng"),
  unit("CATP-DN-CSGT", "Phòng Cảnh sát giao thông", "Traffic Police Division", "CATP-DN"),
  unit("CATP-HP", "Công an thành phố Hải Phòng", "Hai Phong City Police", "BCA", "CATP Hải Phòng"),
  unit("CATP-HP-CSGT", "Phòng Cảnh sát giao thông", "Traffic Police Division", "CATP-HP"),
];

const codes = (nodes: ReturnType<typeof buildUnitTree>): string[] => nodes.flatMap((node) => [node.unit.code, ...codes(node.children)]);

describe("the unit tree", () => {
  it("hangs every unit under its parent, in the list's order", () => {
    const roots = buildUnitTree(units);
    expect(roots.map((root) => root.unit.code)).toEqual(["BCA"]);
    expect(roots[0]?.children.map((child) => child.unit.code)).toEqual(["CATP-DN", "CATP-HP"]);
    expect(codes(roots)).toEqual(units.map((entry) => entry.code));
  });

  it("finds units without diacritics or case, đ as d, keeping the units above them open", () => {
    const roots = buildUnitTree(units);
    for (const query of ["da nang", "ĐÀ NẴNG", "Đà Nẵng"]) {
      const found = filterUnitTree(roots, query);
      expect(found.matches).toBe(1);
      expect(codes(found.roots)).toEqual(["BCA", "CATP-DN"]);
      expect(found.open).toEqual(["BCA"]);
    }
  });

  it("prefers the words as a phrase, and takes them anywhere, each at a word's start, when no unit has it", () => {
    const withThaiBinh = [...units, unit("CAT-TBH", "Công an tỉnh Thái Bình", "Thai Binh Provincial Police", "BCA"), unit("CAT-TBH-CSGT", "Phòng CSGT – CAT Thái Bình", "Traffic Police Division", "CAT-TBH")];
    const roots = buildUnitTree(withThaiBinh);
    // "Phòng … Thái Bình" has both words but not the phrase, nor "hai" at a word's start
    expect(codes(filterUnitTree(roots, "hai phong").roots)).toEqual(["BCA", "CATP-HP"]);
    expect(codes(filterUnitTree(roots, "phong hai").roots)).toEqual(["BCA", "CATP-HP"]);
    expect(filterUnitTree(roots, "thai").matches).toBe(2);
  });

  it("needs every word to match, and matches codes and English names too", () => {
    const roots = buildUnitTree(units);
    const traffic = filterUnitTree(roots, "giao thong hai phong");
    expect(traffic.matches).toBe(0);
    const division = filterUnitTree(roots, "canh sat giao thong");
    expect(codes(division.roots)).toEqual(["BCA", "CATP-DN", "CATP-DN-CSGT", "CATP-HP", "CATP-HP-CSGT"]);
    expect(division.open.sort()).toEqual(["BCA", "CATP-DN", "CATP-HP"]);
    expect(codes(filterUnitTree(roots, "catp-hp-csgt").roots)).toEqual(["BCA", "CATP-HP", "CATP-HP-CSGT"]);
    expect(filterUnitTree(roots, "hai phong city").matches).toBe(1);
  });

  it("keeps the whole tree for an empty search", () => {
    const roots = buildUnitTree(units);
    expect(codes(filterUnitTree(roots, "  ").roots)).toEqual(codes(roots));
  });
});
