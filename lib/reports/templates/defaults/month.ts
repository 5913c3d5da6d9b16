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

// The monthly report as seed 000 (June 2023) writes it, field by field.

export const monthSections: SectionTemplate[] = [
  {
    key: "directive",
    heading: "Công tác tham mưu và ban hành văn bản chỉ đạo, điều hành",
    fields: ["directive"],
    sentences: directiveSentences("Trong tháng"),
  },
  { key: "postal", heading: "Lĩnh vực bưu chính", fields: ["postal"], sentences: postalSentences },
  {
    key: "telecom",
    heading: "Lĩnh vực viễn thông",
    fields: ["telecom", "general"],
    sentences: telecomSentences("Trong tháng"),
  },
  {
    key: "it",
    heading: "Lĩnh vực ứng dụng công nghệ thông tin, chuyển đổi số",
    fields: ["it", "public_services"],
    sentences: [
      "Hệ thống Quản lý văn bản và điều hành (iOffice): [đã triển khai áp dụng cho {it.ioffice_agencies} cơ quan[ ([cấp tỉnh: {it.ioffice_agencies_province}][, cấp huyện: {it.ioffice_agencies_district}][, cấp xã: {it.ioffice_agencies_commune}])]][, với {it.ioffice_users} tài khoản người dùng đang hoạt động].",
      "Trong tháng, {it.edocs_issued} văn bản điện tử phát hành trên hệ thống[, trong đó có {it.edocs_signed} văn bản được ký số[ (tỷ lệ {it.edocs_signed_rate|pct})]].",
      "Chứng thư số chuyên dùng: [trong tháng, thu hồi {it.certs_revoked|pad2} chứng thư số][, cấp mới {it.certs_issued} chứng thư số][, tổng số {it.certs_active} chứng thư số đang hoạt động[ ([{it.certs_active_org} chứng thư số tổ chức][, {it.certs_active_personal} chứng thư số cá nhân[ ([{it.certs_personal_usb} USB][, {it.certs_personal_sim} SIM PKI])]])]].",
      "Hệ thống thư điện tử công vụ: [trong tháng, cấp mới {it.gov_mailboxes_new} tài khoản][; hiện tại tổng số hộp thư điện tử công vụ cấp cho cán bộ, công chức, viên chức là {it.gov_mailboxes}].",
      "[Hỗ trợ vận hành {it.video_conferences|pad2} cuộc Hội nghị trực tuyến][. Tổng số cuộc họp qua MCU tỉnh: {it.mcu_meetings|pad2} cuộc[ với {it.mcu_endpoints} điểm cầu]].",
      "Đến nay, đã xây dựng {it.commune_websites}[/{it.communes_total}] Trang thông tin điện tử xã, phường, thị trấn.",
      ...onlineServiceSentences("Trong tháng"),
      ...eCommerceSentences,
    ],
  },
  {
    key: "security",
    heading: "Lĩnh vực an toàn thông tin",
    fields: ["security"],
    sentences: securitySentences("Trong tháng"),
  },
  {
    key: "ict_industry",
    heading: "Lĩnh vực công nghiệp ICT",
    fields: ["ict_industry"],
    sentences: ictIndustrySentences,
  },
  {
    key: "portal",
    heading: "Thông tin điện tử",
    fields: ["portal"],
    sentences: [
      ...websiteSentences("Trong tháng"),
      "Cổng thông tin điện tử tỉnh: [đăng {web.portal_posts_vi} tin, bài tiếng Việt][; {web.portal_posts_km} tin, bài tiếng Khmer][; {web.portal_posts_en} tin, bài tiếng Anh][; chuyển thể sang audio {web.audio_bulletins} bản tin phục vụ người khiếm thị][; tiếp nhận {web.citizen_questions|pad2} câu hỏi của công dân][; đăng tải {web.draft_docs_for_comment} dự thảo văn bản lấy ý kiến nhân dân][; {web.law_docs_posted} văn bản phổ biến pháp luật][; {web.component_sites} trang thông tin điện tử thành phần].",
    ],
  },
  {
    key: "press",
    heading: "Lĩnh vực thông tin, tuyên truyền",
    fields: ["press", "grassroots"],
    sentences: pressSentences,
  },
  { key: "inspection", heading: "Công tác thanh tra", fields: ["inspection"], sentences: inspectionSentences },
  { key: "investment", heading: "Công tác đầu tư công", fields: ["investment"], sentences: investmentSentences },
];
