import type { SectionTemplate } from "../types";
import {
  directiveSentences,
  eCommerceSentences,
  ictIndustrySentences,
  inspectionSentences,
  investmentSentences,
  onlineServiceSentences,
  postalSentences,
  pressSentences,
  securitySentences,
  telecomSentences,
  websiteSentences,
} from "./common";

// Quarter, six-month, nine-month and year reports share the seeds' order (003, 001): directive
// work; press and publishing; postal, telecom and IT together; inspection; public investment;
// the provincial portal. They differ in how they open a period and word the portal's work.

export function periodicSections({ within, portal }: { within: string; portal: string[] }): SectionTemplate[] {
  return [
    {
      key: "directive",
      heading: "Công tác tham mưu và ban hành các văn bản chỉ đạo, điều hành",
      fields: ["directive"],
      sentences: directiveSentences(within),
    },
    {
      key: "press",
      heading: "Về Thông tin - Báo chí - Xuất bản",
      fields: ["press", "grassroots"],
      sentences: pressSentences,
    },
    {
      key: "postal-telecom-it",
      heading: "Về Bưu chính, Viễn thông - Công nghệ thông tin",
      fields: ["postal", "telecom", "general", "it", "public_services", "security", "ict_industry"],
      sentences: [
        ...postalSentences,
        ...telecomSentences(within),
        "Phần mềm quản lý văn bản và điều hành (VNPT-iOffice): [được triển khai sử dụng tại {it.ioffice_agencies} cơ quan, đơn vị hành chính trên địa bàn tỉnh[ ([cấp tỉnh: {it.ioffice_agencies_province} đơn vị][, cấp huyện: {it.ioffice_agencies_district} đơn vị][, cấp xã: {it.ioffice_agencies_commune}])]][, với {it.ioffice_users} người dùng].",
        `${within}, {it.edocs_issued} văn bản điện tử phát hành trên hệ thống[, trong đó có {it.edocs_signed} văn bản được ký số[ (tỷ lệ {it.edocs_signed_rate|pct})]].`,
        "Ứng dụng chữ ký số: [tổng số chứng thư đang hoạt động là {it.certs_active} chứng thư[ ([{it.certs_active_org} tổ chức][, {it.certs_active_personal} cá nhân[ ([{it.certs_personal_usb} USB][, {it.certs_personal_sim} SIM PKI])]])]][; cấp mới {it.certs_issued} chứng thư số][; thu hồi {it.certs_revoked|pad2} chứng thư số].",
        "Về hệ thống mail: [thiết lập và cấp mới {it.gov_mailboxes_new} tài khoản cho người dùng][; tổng số hộp thư điện tử công vụ cấp cho cán bộ, công chức, viên chức là {it.gov_mailboxes}].",
        "Ứng dụng Hệ thống hội nghị truyền hình: [tổ chức phục vụ {it.video_conferences} cuộc họp][; {it.mcu_meetings|pad2} cuộc họp qua MCU tỉnh[ với {it.mcu_endpoints} điểm cầu]].",
        "Đến nay, đã xây dựng {it.commune_websites}[/{it.communes_total}] Trang thông tin điện tử xã, phường, thị trấn.",
        "Hệ thống Cổng thông tin điện tử có 01 Cổng chính với 03 ngôn ngữ: tiếng Việt, tiếng Anh và tiếng Khmer và {web.component_sites} trang thông tin thành phần.",
        ...onlineServiceSentences(within),
        ...eCommerceSentences,
        ...securitySentences(within),
        ...ictIndustrySentences,
      ],
    },
    {
      key: "inspection",
      heading: "Về công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo",
      fields: ["inspection"],
      sentences: inspectionSentences,
    },
    {
      key: "investment",
      heading: "Triển khai thực hiện các dự án đầu tư công",
      fields: ["investment"],
      sentences: investmentSentences,
    },
    {
      key: "portal",
      heading: "Hoạt động của Cổng thông tin điện tử tỉnh",
      fields: ["portal"],
      sentences: [...portal, ...websiteSentences(within)],
    },
  ];
}
