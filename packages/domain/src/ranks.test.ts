import { describe, expect, it } from "vitest";
import { compareRanks, isPromotion, rankOrder, ranks, ranksInTier, rankTier, rankTiers } from "./ranks.ts";

describe("rank ladder", () => {
  it("has the 17 ranks of the People's Public Security, Binh nhì lowest and Đại tướng highest", () => {
    expect(ranks).toHaveLength(17);
    expect(rankOrder("BINH_NHI")).toBe(0);
    expect(rankOrder("DAI_TUONG")).toBe(16);
    expect(ranks.map(rankOrder)).toEqual(ranks.map((_, index) => index));
  });

  it("compares ranks as a sort comparator", () => {
    expect(compareRanks("DAI_TA", "THIEU_TUONG")).toBeLessThan(0);
    expect(compareRanks("THIEU_TA", "DAI_UY")).toBeGreaterThan(0);
    expect(compareRanks("TRUNG_TA", "TRUNG_TA")).toBe(0);
    const shuffled = ["THIEU_TUONG", "BINH_NHI", "DAI_TA", "HA_SI", "THIEU_UY"] as const;
    expect([...shuffled].sort(compareRanks)).toEqual(["BINH_NHI", "HA_SI", "THIEU_UY", "DAI_TA", "THIEU_TUONG"]);
  });

  it("counts only a move up the ladder as a promotion", () => {
    expect(isPromotion("DAI_TA", "THIEU_TUONG")).toBe(true);
    expect(isPromotion("THIEU_UY", "DAI_UY")).toBe(true);
    expect(isPromotion("DAI_TA", "DAI_TA")).toBe(false);
    expect(isPromotion("THIEU_TUONG", "DAI_TA")).toBe(false);
  });
});

describe("rank tiers", () => {
  it("groups the ladder into enlisted, NCO, company, field and general ranks", () => {
    expect(ranksInTier("ENLISTED")).toEqual(["BINH_NHI", "BINH_NHAT"]);
    expect(ranksInTier("NCO")).toEqual(["HA_SI", "TRUNG_SI", "THUONG_SI"]);
    expect(ranksInTier("COMPANY_OFFICER")).toEqual(["THIEU_UY", "TRUNG_UY", "THUONG_UY", "DAI_UY"]);
    expect(ranksInTier("FIELD_OFFICER")).toEqual(["THIEU_TA", "TRUNG_TA", "THUONG_TA", "DAI_TA"]);
    expect(ranksInTier("GENERAL")).toEqual(["THIEU_TUONG", "TRUNG_TUONG", "THUONG_TUONG", "DAI_TUONG"]);
    expect(rankTier("THIEU_TUONG")).toBe("GENERAL");
    expect(rankTier("DAI_TA")).toBe("FIELD_OFFICER");
  });

  it("are contiguous and ordered: a higher tier only holds higher ranks", () => {
    const tierIndexes = ranks.map((rank) => rankTiers.indexOf(rankTier(rank)));
    expect(tierIndexes).toEqual([...tierIndexes].sort((a, b) => a - b));
    expect(new Set(tierIndexes).size).toBe(rankTiers.length);
  });
});
