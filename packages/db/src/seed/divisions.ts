// Divisions (phòng) of a police department, in the order the seeds hand them out: the demo's
// big cities get the first five and its provinces the first three, the large scale all ten.
export interface DivisionKind {
  /** the last part of the division's unit code */
  suffix: string;
  name: string;
  abbreviation: string;
  nameEn: string;
}

export const divisionKinds: readonly DivisionKind[] = [
  { suffix: "CSHS", name: "Phòng Cảnh sát hình sự", abbreviation: "Phòng CSHS", nameEn: "Criminal Police Division" },
  { suffix: "CSGT", name: "Phòng Cảnh sát giao thông", abbreviation: "Phòng CSGT", nameEn: "Traffic Police Division" },
  {
    suffix: "CSMT",
    name: "Phòng Cảnh sát điều tra tội phạm về ma túy",
    abbreviation: "Phòng CSĐT tội phạm về ma túy",
    nameEn: "Drug Crime Investigation Police Division",
  },
  {
    suffix: "CSKT",
    name: "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường",
    abbreviation: "Phòng CSKT",
    nameEn: "Economic Crime Investigation Police Division",
  },
  { suffix: "TM", name: "Phòng Tham mưu", abbreviation: "Phòng Tham mưu", nameEn: "Staff Division" },
  { suffix: "ANCT", name: "Phòng An ninh chính trị nội bộ", abbreviation: "Phòng ANCTNB", nameEn: "Internal Political Security Division" },
  {
    suffix: "PCCC",
    name: "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    abbreviation: "Phòng CS PCCC và CNCH",
    nameEn: "Fire Prevention, Firefighting and Rescue Police Division",
  },
  {
    suffix: "QLHC",
    name: "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    abbreviation: "Phòng CS QLHC về TTXH",
    nameEn: "Administrative Management of Social Order Police Division",
  },
  { suffix: "TCCB", name: "Phòng Tổ chức cán bộ", abbreviation: "Phòng TCCB", nameEn: "Personnel Division" },
  { suffix: "HS", name: "Phòng Hồ sơ", abbreviation: "Phòng Hồ sơ", nameEn: "Records Division" },
];
