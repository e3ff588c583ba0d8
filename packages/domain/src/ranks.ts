// The rank ladder of the People's Public Security (cấp bậc hàm CAND), lowest to highest.
// The order matters: PostgreSQL sorts the Prisma enum by declaration, which follows this tuple.

export const ranks = [
  "BINH_NHI", // Binh nhì
  "BINH_NHAT", // Binh nhất
  "HA_SI", // Hạ sĩ
  "TRUNG_SI", // Trung sĩ
  "THUONG_SI", // Thượng sĩ
  "THIEU_UY", // Thiếu úy
  "TRUNG_UY", // Trung úy
  "THUONG_UY", // Thượng úy
  "DAI_UY", // Đại úy
  "THIEU_TA", // Thiếu tá
  "TRUNG_TA", // Trung tá
  "THUONG_TA", // Thượng tá
  "DAI_TA", // Đại tá
  "THIEU_TUONG", // Thiếu tướng
  "TRUNG_TUONG", // Trung tướng
  "THUONG_TUONG", // Thượng tướng
  "DAI_TUONG", // Đại tướng
] as const;
export type Rank = (typeof ranks)[number];

/** Position on the ladder: 0 for Binh nhì, 16 for Đại tướng. */
export function rankOrder(rank: Rank): number {
  return ranks.indexOf(rank);
}

/** Negative when a is lower than b, positive when higher: usable as a sort comparator. */
export function compareRanks(a: Rank, b: Rank): number {
  return rankOrder(a) - rankOrder(b);
}

/** A promotion goes strictly up the ladder (any number of steps). */
export function isPromotion(from: Rank, to: Rank): boolean {
  return compareRanks(to, from) > 0;
}

/** Groups of ranks, lowest first: chiến sĩ, hạ sĩ quan, sĩ quan cấp úy / cấp tá / cấp tướng. */
export const rankTiers = ["ENLISTED", "NCO", "COMPANY_OFFICER", "FIELD_OFFICER", "GENERAL"] as const;
export type RankTier = (typeof rankTiers)[number];

const tierOfRank: { readonly [R in Rank]: RankTier } = {
  BINH_NHI: "ENLISTED",
  BINH_NHAT: "ENLISTED",
  HA_SI: "NCO",
  TRUNG_SI: "NCO",
  THUONG_SI: "NCO",
  THIEU_UY: "COMPANY_OFFICER",
  TRUNG_UY: "COMPANY_OFFICER",
  THUONG_UY: "COMPANY_OFFICER",
  DAI_UY: "COMPANY_OFFICER",
  THIEU_TA: "FIELD_OFFICER",
  TRUNG_TA: "FIELD_OFFICER",
  THUONG_TA: "FIELD_OFFICER",
  DAI_TA: "FIELD_OFFICER",
  THIEU_TUONG: "GENERAL",
  TRUNG_TUONG: "GENERAL",
  THUONG_TUONG: "GENERAL",
  DAI_TUONG: "GENERAL",
};

export function rankTier(rank: Rank): RankTier {
  return tierOfRank[rank];
}

/** The ranks of one tier, lowest first. */
export function ranksInTier(tier: RankTier): Rank[] {
  return ranks.filter((rank) => tierOfRank[rank] === tier);
}
