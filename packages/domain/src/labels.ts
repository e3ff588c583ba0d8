// Vietnamese (first language, exact diacritics, NFC) and English labels for every enum value and
// rank. The maps are typed by the value lists, so a missing or stray label is a compile error.
import { domainEnums } from "./enums.ts";
import { ranks, rankTiers } from "./ranks.ts";

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];

export type Label = { readonly [L in Locale]: string };

const labelledEnums = { ...domainEnums, Rank: ranks, RankTier: rankTiers } as const;
export type LabelledEnumName = keyof typeof labelledEnums;
export type EnumValue<N extends LabelledEnumName> = (typeof labelledEnums)[N][number];
export type EnumLabels<N extends LabelledEnumName> = { readonly [V in EnumValue<N>]: Label };

export const enumLabels: { readonly [N in LabelledEnumName]: EnumLabels<N> } = {
  UnitKind: {
    MINISTRY: { vi: "Bộ", en: "Ministry" },
    DEPARTMENT: { vi: "Cục", en: "Department" },
    CITY_POLICE: { vi: "Công an thành phố", en: "City Police Department" },
    PROVINCIAL_POLICE: { vi: "Công an tỉnh", en: "Provincial Police Department" },
    DIVISION: { vi: "Phòng", en: "Division" },
    DISTRICT_POLICE: { vi: "Công an quận, huyện", en: "District Police" },
  },
  ClusterKind: {
    CLUSTER: { vi: "Cụm thi đua", en: "Emulation Cluster" },
    BLOC: { vi: "Khối thi đua", en: "Emulation Bloc" },
  },
  ClusterRole: {
    LEADER: { vi: "Cụm trưởng", en: "Cluster Leader" },
    DEPUTY_LEADER: { vi: "Cụm phó", en: "Deputy Cluster Leader" },
  },
  PeriodStatus: {
    PLANNED: { vi: "Chưa triển khai", en: "Planned" },
    ACTIVE: { vi: "Đang triển khai", en: "Active" },
    REVIEWING: { vi: "Đang tổng kết", en: "Under review" },
    CLOSED: { vi: "Đã kết thúc", en: "Closed" },
  },
  IndicatorCategory: {
    POLITICAL_SECURITY: { vi: "An ninh chính trị", en: "Political security" },
    CRIME: { vi: "Phòng, chống tội phạm", en: "Crime" },
    DRUGS: { vi: "Phòng, chống ma túy", en: "Drug crime" },
    ECONOMIC_CRIME: { vi: "Tội phạm kinh tế", en: "Economic crime" },
    HIGH_TECH_CRIME: { vi: "Tội phạm công nghệ cao", en: "High-tech crime" },
    SOCIAL_ORDER: { vi: "Trật tự, an toàn xã hội", en: "Social order and safety" },
    TRAFFIC_SAFETY: { vi: "Trật tự, an toàn giao thông", en: "Traffic order and safety" },
    FIRE_PREVENTION: { vi: "Phòng cháy, chữa cháy", en: "Fire prevention and fighting" },
    FORCE_BUILDING: { vi: "Xây dựng lực lượng", en: "Force building" },
    PARTY_BUILDING: { vi: "Xây dựng Đảng", en: "Party building" },
  },
  MeasureKind: {
    COUNT: { vi: "Số lượng", en: "Count" },
    PERCENT: { vi: "Tỷ lệ (%)", en: "Percent" },
    MONEY: { vi: "Số tiền", en: "Money" },
    SCORE: { vi: "Điểm", en: "Score" },
  },
  Direction: {
    HIGHER_IS_BETTER: { vi: "Càng cao càng tốt", en: "Higher is better" },
    LOWER_IS_BETTER: { vi: "Càng thấp càng tốt", en: "Lower is better" },
  },
  Aggregation: {
    SUM: { vi: "Tổng", en: "Sum" },
    RATIO_OF_SUMS: { vi: "Tỷ lệ trên tổng", en: "Ratio of sums" },
    AVERAGE: { vi: "Trung bình", en: "Average" },
    MAX: { vi: "Lớn nhất", en: "Maximum" },
    MIN: { vi: "Nhỏ nhất", en: "Minimum" },
    LAST: { vi: "Giá trị cuối kỳ", en: "Last value" },
  },
  Granularity: {
    MONTH: { vi: "Tháng", en: "Month" },
    QUARTER: { vi: "Quý", en: "Quarter" },
    YEAR: { vi: "Năm", en: "Year" },
  },
  EventKind: {
    YEAR_END_REVIEW: { vi: "Hội nghị tổng kết", en: "Year-end review conference" },
    MID_YEAR_REVIEW: { vi: "Hội nghị sơ kết", en: "Mid-year review conference" },
    PLEDGE_SIGNING: { vi: "Ký kết giao ước thi đua", en: "Pledge signing" },
    INSPECTION: { vi: "Kiểm tra", en: "Inspection" },
    MEETING: { vi: "Cuộc họp", en: "Meeting" },
  },
  ParticipantRole: {
    DIRECTS: { vi: "Chỉ đạo", en: "Directs" },
    CHAIRS: { vi: "Chủ trì", en: "Chairs" },
    ATTENDS: { vi: "Dự", en: "Attends" },
    SPEAKS: { vi: "Phát biểu", en: "Speaks" },
  },
  CommendationKind: {
    UNSPECIFIED: { vi: "Chưa xác định hình thức", en: "Not yet specified" },
    EMULATION_FLAG: { vi: "Cờ thi đua", en: "Emulation Flag" },
    CERTIFICATE_OF_MERIT: { vi: "Bằng khen", en: "Certificate of Merit" },
    EMULATION_TITLE: { vi: "Danh hiệu thi đua", en: "Emulation Title" },
    LETTER_OF_COMMENDATION: { vi: "Giấy khen", en: "Letter of Commendation" },
    ORDER: { vi: "Huân chương", en: "Order" },
  },
  CommendationLevel: {
    UNIT: { vi: "Cấp đơn vị", en: "Unit level" },
    MINISTRY: { vi: "Cấp Bộ", en: "Ministry level" },
    PRIME_MINISTER: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
    STATE: { vi: "Cấp Nhà nước", en: "State level" },
  },
  CommendationStatus: {
    PROPOSED: { vi: "Đã đề nghị", en: "Proposed" },
    REVIEWED: { vi: "Đã thẩm định", en: "Reviewed" },
    APPROVED: { vi: "Đã duyệt", en: "Approved" },
    REJECTED: { vi: "Không duyệt", en: "Rejected" },
    DECIDED: { vi: "Đã có quyết định", en: "Decided" },
  },
  Gender: {
    MALE: { vi: "Nam", en: "Male" },
    FEMALE: { vi: "Nữ", en: "Female" },
  },
  AccountRole: {
    ADMIN: { vi: "Quản trị viên", en: "Administrator" },
    UNIT_EDITOR: { vi: "Cập nhật dữ liệu đơn vị", en: "Unit editor" },
    ANALYST: { vi: "Phân tích viên", en: "Analyst" },
    VIEWER: { vi: "Người xem", en: "Viewer" },
  },
  DataSource: {
    SOURCE_ARTICLE: { vi: "Bài báo nguồn", en: "Source article" },
    REPORTED: { vi: "Đơn vị báo cáo", en: "Reported" },
    IMPORTED: { vi: "Nhập từ tệp", en: "Imported" },
    SYNTHETIC_DEMO: { vi: "Dữ liệu minh họa", en: "Synthetic demo data" },
    SYNTHETIC_SCALE: { vi: "Dữ liệu thử tải", en: "Synthetic scale data" },
  },
  AuditAction: {
    CREATE: { vi: "Tạo mới", en: "Create" },
    UPDATE: { vi: "Cập nhật", en: "Update" },
    DELETE: { vi: "Xóa", en: "Delete" },
  },
  Rank: {
    BINH_NHI: { vi: "Binh nhì", en: "Private" },
    BINH_NHAT: { vi: "Binh nhất", en: "Private First Class" },
    HA_SI: { vi: "Hạ sĩ", en: "Corporal" },
    TRUNG_SI: { vi: "Trung sĩ", en: "Sergeant" },
    THUONG_SI: { vi: "Thượng sĩ", en: "Senior Sergeant" },
    THIEU_UY: { vi: "Thiếu úy", en: "Second Lieutenant" },
    TRUNG_UY: { vi: "Trung úy", en: "First Lieutenant" },
    THUONG_UY: { vi: "Thượng úy", en: "Senior Lieutenant" },
    DAI_UY: { vi: "Đại úy", en: "Captain" },
    THIEU_TA: { vi: "Thiếu tá", en: "Major" },
    TRUNG_TA: { vi: "Trung tá", en: "Lieutenant Colonel" },
    THUONG_TA: { vi: "Thượng tá", en: "Senior Lieutenant Colonel" },
    DAI_TA: { vi: "Đại tá", en: "Colonel" },
    THIEU_TUONG: { vi: "Thiếu tướng", en: "Major General" },
    TRUNG_TUONG: { vi: "Trung tướng", en: "Lieutenant General" },
    THUONG_TUONG: { vi: "Thượng tướng", en: "Colonel General" },
    DAI_TUONG: { vi: "Đại tướng", en: "General" },
  },
  RankTier: {
    ENLISTED: { vi: "Chiến sĩ", en: "Enlisted" },
    NCO: { vi: "Hạ sĩ quan", en: "Non-commissioned officers" },
    COMPANY_OFFICER: { vi: "Sĩ quan cấp úy", en: "Company-grade officers" },
    FIELD_OFFICER: { vi: "Sĩ quan cấp tá", en: "Field-grade officers" },
    GENERAL: { vi: "Sĩ quan cấp tướng", en: "General officers" },
  },
};

/** label("ClusterRole", "LEADER") → "Cụm trưởng"; label("Rank", "THIEU_TUONG", "en") → "Major General". */
export function label<N extends LabelledEnumName>(enumName: N, value: EnumValue<N>, locale: Locale = "vi"): string {
  const labels: EnumLabels<N> = enumLabels[enumName];
  return labels[value][locale];
}

/** The values of one enum in their domain order, labelled: what a select list shows. */
export function enumOptions<N extends LabelledEnumName>(
  enumName: N,
  locale: Locale = "vi",
): Array<{ value: EnumValue<N>; label: string }> {
  const values: ReadonlyArray<EnumValue<N>> = labelledEnums[enumName];
  return values.map((value) => ({ value, label: label(enumName, value, locale) }));
}
