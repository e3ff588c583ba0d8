// Vietnamese personal names for synthetic officers: family names by their real frequency
// (percent of the population, rounded), middle names and given names by gender.
import { normalizeName } from "@thidua/domain/text";
import type { Random } from "./random.js";

export type Region = "north" | "central" | "south";
export type Gender = "MALE" | "FEMALE";

/** A name, or its form in each region where the same family name is spelled two ways. */
type FamilyName = readonly [name: string | Readonly<Record<Region, string>>, percent: number];

const familyNames: readonly FamilyName[] = [
  ["Nguyễn", 38.4],
  ["Trần", 12.1],
  ["Lê", 9.5],
  ["Phạm", 7.0],
  [{ north: "Hoàng", central: "Hoàng", south: "Huỳnh" }, 5.1],
  ["Phan", 4.5],
  [{ north: "Vũ", central: "Võ", south: "Võ" }, 3.9],
  ["Đặng", 2.1],
  ["Bùi", 2.0],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1.0],
  ["Lý", 0.5],
  ["Đinh", 0.6],
  ["Trương", 0.6],
  ["Hà", 0.4],
  ["Lương", 0.4],
  ["Mai", 0.4],
  ["Trịnh", 0.4],
  ["Đào", 0.4],
  ["Cao", 0.3],
  ["Lâm", 0.3],
  ["Tạ", 0.2],
  ["Chu", 0.2],
  ["Lưu", 0.2],
];

const middleNames: Readonly<Record<Gender, ReadonlyArray<readonly [string, number]>>> = {
  MALE: [
    ["Văn", 30],
    ["Đức", 8],
    ["Minh", 8],
    ["Quang", 6],
    ["Hữu", 5],
    ["Công", 5],
    ["Thanh", 5],
    ["Xuân", 4],
    ["Ngọc", 4],
    ["Đình", 4],
    ["Quốc", 4],
    ["Mạnh", 3],
    ["Trọng", 3],
    ["Tuấn", 3],
    ["Việt", 3],
    ["Duy", 3],
    ["Tiến", 3],
  ],
  FEMALE: [
    ["Thị", 45],
    ["Thu", 8],
    ["Thanh", 8],
    ["Ngọc", 7],
    ["Minh", 5],
    ["Phương", 5],
    ["Hồng", 5],
    ["Thùy", 5],
    ["Kim", 4],
    ["Bích", 4],
    ["Hải", 4],
  ],
};

const givenNames: Readonly<Record<Gender, readonly string[]>> = {
  MALE: [
    "Anh", "Bình", "Cường", "Dũng", "Dương", "Đạt", "Định", "Đức", "Giang", "Hải", "Hiếu", "Hòa",
    "Hoàng", "Hùng", "Huy", "Hưng", "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Mạnh",
    "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quang", "Quân", "Quý", "Sơn", "Tài",
    "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Trường", "Tú", "Tuấn", "Tùng", "Việt",
    "Vinh", "Vũ",
  ],
  FEMALE: [
    "Anh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huyền", "Hương",
    "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương",
    "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Yến",
  ],
};

/** The family names of a region with their weights (the split names take the region's form). */
export function familyNameWeights(region: Region): Array<[string, number]> {
  return familyNames.map(([name, percent]) => [normalizeName(typeof name === "string" ? name : name[region]), percent]);
}

export function middleNameWeights(gender: Gender): Array<[string, number]> {
  return middleNames[gender].map(([name, weight]) => [normalizeName(name), weight]);
}

export function givenNameList(gender: Gender): string[] {
  return givenNames[gender].map(normalizeName);
}

/** A plausible full name, never one of `avoid` (the real people of the facts). */
export function randomFullName(random: Random, gender: Gender, region: Region, avoid: ReadonlySet<string>): string {
  for (;;) {
    const name = normalizeName(
      `${random.weighted(familyNameWeights(region))} ${random.weighted(middleNameWeights(gender))} ${random.pick(givenNameList(gender))}`,
    );
    if (!avoid.has(name)) return name;
  }
}
