import { describe, expect, expectTypeOf, it } from "vitest";
import { domainEnums } from "./enums.ts";
import { type EnumLabels, enumLabels, enumOptions, label, locales } from "./labels.ts";
import { ranks } from "./ranks.ts";

describe("labels", () => {
  it("exist for every enum of the domain and for ranks, and for exactly their values", () => {
    for (const [name, values] of Object.entries({ ...domainEnums, Rank: ranks })) {
      const labels = enumLabels[name as keyof typeof enumLabels];
      expect(Object.keys(labels).sort(), name).toEqual([...values].sort());
    }
  });

  it("are non-empty, trimmed NFC text, distinct within an enum in each language", () => {
    for (const [name, labels] of Object.entries(enumLabels)) {
      for (const locale of locales) {
        const texts = Object.values(labels).map((entry: Record<string, string>) => entry[locale] ?? "");
        for (const text of texts) {
          expect(text, `${name} ${locale}`).not.toBe("");
          expect(text, `${name} ${locale}`).toBe(text.normalize("NFC").trim());
        }
        expect(new Set(texts).size, `${name} ${locale}`).toBe(texts.length);
      }
    }
  });

  it("use the handbook's glossary", () => {
    expect(label("ClusterRole", "LEADER")).toBe("Cụm trưởng");
    expect(label("ClusterRole", "LEADER", "en")).toBe("Cluster Leader");
    expect(label("ClusterRole", "DEPUTY_LEADER", "vi")).toBe("Cụm phó");
    expect(label("ParticipantRole", "DIRECTS")).toBe("Chỉ đạo");
    expect(label("ParticipantRole", "DIRECTS", "en")).toBe("Directs");
    expect(label("ParticipantRole", "CHAIRS")).toBe("Chủ trì");
    expect(label("ParticipantRole", "ATTENDS")).toBe("Dự");
    expect(label("EventKind", "YEAR_END_REVIEW")).toBe("Hội nghị tổng kết");
    expect(label("EventKind", "YEAR_END_REVIEW", "en")).toBe("Year-end review conference");
    expect(label("EventKind", "MID_YEAR_REVIEW")).toBe("Hội nghị sơ kết");
    expect(label("ClusterKind", "CLUSTER")).toBe("Cụm thi đua");
    expect(label("ClusterKind", "BLOC", "en")).toBe("Emulation Bloc");
    expect(label("CommendationKind", "EMULATION_FLAG")).toBe("Cờ thi đua");
    expect(label("CommendationKind", "CERTIFICATE_OF_MERIT")).toBe("Bằng khen");
    expect(label("UnitKind", "CITY_POLICE")).toBe("Công an thành phố");
    expect(label("IndicatorCategory", "PARTY_BUILDING")).toBe("Xây dựng Đảng");
  });

  it("name the ranks as the handbook's ladder does", () => {
    expect(ranks.map((rank) => label("Rank", rank))).toEqual([
      "Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy",
      "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng",
    ]);
    expect(label("Rank", "THIEU_TUONG", "en")).toBe("Major General");
    expect(label("Rank", "DAI_TA", "en")).toBe("Colonel");
    expect(label("Rank", "DAI_TUONG", "en")).toBe("General");
    expect(label("RankTier", "GENERAL")).toBe("Sĩ quan cấp tướng");
  });

  it("list select options in domain order", () => {
    expect(enumOptions("CommendationStatus", "en")).toEqual([
      { value: "PROPOSED", label: "Proposed" },
      { value: "REVIEWED", label: "Reviewed" },
      { value: "APPROVED", label: "Approved" },
      { value: "REJECTED", label: "Rejected" },
      { value: "DECIDED", label: "Decided" },
    ]);
    expect(enumOptions("Rank").at(0)).toEqual({ value: "BINH_NHI", label: "Binh nhì" });
  });

  it("are typed: a missing or unknown value does not compile", () => {
    // @ts-expect-error FEMALE has no label
    const missing: EnumLabels<"Gender"> = { MALE: { vi: "Nam", en: "Male" } };
    expect(missing).toBeDefined();
    // @ts-expect-error OTHER is not a Gender
    expect(() => label("Gender", "OTHER")).toThrow();
    expectTypeOf(label).parameter(2).toEqualTypeOf<"vi" | "en" | undefined>();
  });
});
