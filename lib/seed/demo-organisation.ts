import type { CreateOrganisationInput, ProfileInput } from "@/lib/org/schema";

// The demo department: Trà Vinh's Sở Thông tin và Truyền thông as its reports (shared/seeds) name
// it, then as it has been named since the 2025 mergers, and whom it reports to at each date.

export const demoPassword = "demo1234";

/** As seed 000 (June 2023) lists them. */
const recipients = [
  "Bộ TT&TT (b/c)",
  "Đại diện VP Bộ TT&TT",
  "Đại diện Văn phòng Bộ tại thành phố Hồ Chí Minh",
  "VP Tỉnh uỷ, VP UBND tỉnh",
  "Ban Tuyên giáo Tỉnh uỷ",
  "Cục PTTT & TTĐT",
  "Sở Kế hoạch và Đầu tư",
  "BGĐ Sở",
  "Trang TTĐT Sở",
  "Các Phòng, TT thuộc Sở (t/h theo Kế hoạch)",
  "P.VHTT, TT VT-TT&TT các huyện, thị xã, TP",
];

/**
 * From 2025-03-01 the department is part of Sở Khoa học và Công nghệ, under Bộ KH&CN; press and
 * broadcasting (Cục PTTT & TTĐT) went to the culture ministry, Sở Kế hoạch và Đầu tư into Sở Tài
 * chính, the party's propaganda and mass-mobilisation boards into one. Districts remain until June.
 */
const recipientsFrom202503 = [
  "Bộ KH&CN (b/c)",
  "Đại diện VP Bộ KH&CN",
  "VP Tỉnh uỷ, VP UBND tỉnh",
  "Ban Tuyên giáo và Dân vận Tỉnh uỷ",
  "Sở Tài chính",
  "BGĐ Sở",
  "Trang TTĐT Sở",
  "Các Phòng, TT thuộc Sở (t/h theo Kế hoạch)",
  "P.VHTT các huyện, thị xã, TP",
];

/** From 2025-07-01, two levels of local government (Vĩnh Long has no special zone): no more districts, the communes report. */
const recipientsFrom202507 = [...recipientsFrom202503.slice(0, -1), "UBND các xã, phường"];

const base: Omit<ProfileInput, "effectiveFrom"> = {
  name: "Sở Thông tin và Truyền thông",
  parentAuthority: "UBND tỉnh Trà Vinh",
  place: "Trà Vinh",
  documentCode: "STTTT",
  signerName: "Trần Văn Khoảnh",
  signerIsDeputy: false,
  recipients,
  archiveUnit: "VP",
  headerNameLines: [],
  moneyWording: "dong",
};

export const demoProfiles: ProfileInput[] = [
  { ...base, effectiveFrom: "2019-01-01" },
  { ...base, effectiveFrom: "2023-01-01", signerName: "Nguyễn Văn Chuẩn", signerIsDeputy: true },
  {
    ...base,
    effectiveFrom: "2025-03-01",
    name: "Sở Khoa học và Công nghệ",
    documentCode: "SKHCN",
    signerName: "Nguyễn Văn Chuẩn",
    signerIsDeputy: true,
    recipients: recipientsFrom202503,
  },
  {
    ...base,
    effectiveFrom: "2025-07-01",
    name: "Sở Khoa học và Công nghệ",
    parentAuthority: "UBND tỉnh Vĩnh Long",
    place: "Vĩnh Long",
    documentCode: "SKHCN",
    signerName: "Nguyễn Văn Chuẩn",
    signerIsDeputy: true,
    recipients: recipientsFrom202507,
  },
];

export const demoOrganisation: CreateOrganisationInput = {
  code: "tra-vinh-stttt",
  profile: demoProfiles[0],
  admin: { username: "admin", password: demoPassword, displayName: "Quản trị hệ thống" },
};

export const demoUnits = [
  { code: "VP", name: "Văn phòng", fieldCodes: ["directive", "investment", "general"] },
  { code: "TTra", name: "Thanh tra", fieldCodes: ["inspection"] },
  { code: "BCVT", name: "Phòng Bưu chính - Viễn thông", fieldCodes: ["postal", "telecom"] },
  {
    code: "CNTT",
    name: "Phòng Công nghệ thông tin",
    fieldCodes: ["it", "public_services", "security", "ict_industry"],
  },
  { code: "TTBCXB", name: "Phòng Thông tin - Báo chí - Xuất bản", fieldCodes: ["press", "grassroots"] },
  { code: "TTCNTT", name: "Trung tâm Công nghệ thông tin và Truyền thông", fieldCodes: ["portal"] },
];

export const demoUsers = [
  { username: "vanphong", displayName: "Lê Thị Văn Phòng", role: "compiler", unit: "VP" },
  { username: "giamdoc", displayName: "Nguyễn Văn Chuẩn", role: "director", unit: null },
  { username: "bcvt", displayName: "Trần Minh Bưu", role: "editor", unit: "BCVT" },
  { username: "cntt", displayName: "Phạm Thị Tin", role: "editor", unit: "CNTT" },
] as const;

/** A second demo province, for comparisons: Hà Tĩnh, the other province of the seeds. */
export const secondDemoOrganisation: CreateOrganisationInput = {
  code: "ha-tinh-stttt",
  profile: {
    ...base,
    effectiveFrom: "2019-01-01",
    parentAuthority: "UBND tỉnh Hà Tĩnh",
    place: "Hà Tĩnh",
    signerName: "",
    recipients: [],
  },
  admin: { username: "admin.hatinh", password: demoPassword, displayName: "Quản trị Hà Tĩnh" },
};

/** The ministry both demo provinces report to: it reads only what they send up. */
export const demoMinistry: CreateOrganisationInput = {
  code: "bo-khcn",
  profile: {
    ...base,
    effectiveFrom: "2025-03-01",
    name: "Bộ Khoa học và Công nghệ",
    parentAuthority: "Chính phủ",
    place: "Hà Nội",
    documentCode: "BKHCN",
    signerName: "",
    recipients: [],
  },
  admin: { username: "admin.bo", password: demoPassword, displayName: "Quản trị Bộ" },
};

/** Who receives the provinces' reports at the ministry: accepts or returns them. */
export const demoMinistryReviewer = {
  username: "bo.tiepnhan",
  displayName: "Chuyên viên Bộ (tiếp nhận báo cáo)",
  role: "compiler" as const,
};

/** A reader at the ministry: the provinces' submissions and the national figures, nothing unsent. */
export const demoViewer = { username: "bo", displayName: "Chuyên viên Bộ", role: "viewer" as const };

/** Hà Tĩnh's director, given Trà Vinh's figures to read (`npm run user:access`): compares the two provinces. */
export const demoPeerDirector = {
  username: "giamdoc.hatinh",
  displayName: "Giám đốc Sở Hà Tĩnh",
  role: "director" as const,
  sees: ["tra-vinh-stttt"],
};

export const demoAccounts = [
  { username: "admin", role: "admin" },
  ...demoUsers.map((u) => ({ username: u.username, role: u.role })),
  { username: demoViewer.username, role: demoViewer.role },
  { username: demoMinistryReviewer.username, role: demoMinistryReviewer.role },
  { username: demoPeerDirector.username, role: demoPeerDirector.role },
];

/** Activities as the June 2023 report (seed 000) lists them, repeated for other months (see demoActivitiesOf). */
const demoActivities = [
  {
    field: "postal",
    kind: "done" as const,
    text: "Có Văn bản gửi các cơ quan, đơn vị có liên quan và Bưu điện tỉnh về việc phối hợp đẩy mạnh tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
  },
  {
    field: "telecom",
    kind: "done" as const,
    text: "Theo dõi, đôn đốc doanh nghiệp viễn thông cải tạo, chỉnh trang mạng cáp trên địa bàn.",
  },
  {
    field: "it",
    kind: "done" as const,
    text: "Hướng dẫn các cơ quan, đơn vị sử dụng chữ ký số trên hệ thống quản lý văn bản và điều hành.",
  },
  {
    field: "security",
    kind: "done" as const,
    text: "Cảnh báo lỗ hổng bảo mật thực thi mã từ xa trên các phần mềm Microsoft Office và Sharepoint Server đến các cơ quan, đơn vị.",
  },
  {
    field: "directive",
    kind: "plan" as const,
    text: "Tiếp tục tham mưu UBND tỉnh triển khai các nhiệm vụ chuyển đổi số năm 2023.",
  },
  {
    field: "telecom",
    kind: "plan" as const,
    text: "Tiếp tục theo dõi, chỉ đạo, đôn đốc doanh nghiệp viễn thông trong việc cải tạo, chỉnh trang mạng cáp trên địa bàn.",
  },
  {
    field: "press",
    kind: "plan" as const,
    text: "Thường xuyên hướng dẫn Phòng Văn hóa và Thông tin các huyện, thị, thành phố trong công tác thông tin tuyên truyền.",
  },
];

/** The demo's activities of a month, worded for its year and, from July 2025, for communes instead of districts. */
export function demoActivitiesOf(yearMonth: number): typeof demoActivities {
  const year = Math.floor(yearMonth / 100);
  return demoActivities.map((a) => ({
    ...a,
    text: (yearMonth >= 202507
      ? a.text.replace("Phòng Văn hóa và Thông tin các huyện, thị, thành phố", "UBND các xã, phường")
      : a.text
    ).replace("năm 2023", `năm ${year}`),
  }));
}
