// The default report: sections in the order of the department's reports (shared/seeds) and the
// sentences of seed 000 as templates. An organisation's own templates replace these.

export interface SectionTemplate {
  key: string;
  heading: string;
  /** Fields whose activities and plans belong to this section. */
  fields: string[];
  sentences: string[];
}

export const resultSections: SectionTemplate[] = [
  {
    key: "directive",
    heading: "Công tác tham mưu và ban hành văn bản chỉ đạo, điều hành",
    fields: ["directive", "investment", "general"],
    sentences: [
      "Ban hành {dir.docs_issued} văn bản chỉ đạo, điều hành, trong đó: {dir.docs_postal_telecom|pad2} văn bản lĩnh vực bưu chính, viễn thông; {dir.docs_digital|pad2} văn bản lĩnh vực chuyển đổi số; {dir.docs_security|pad2} văn bản lĩnh vực an toàn thông tin.",
      "Ban hành {dir.press_guidance} Công văn chỉ đạo định hướng các cơ quan báo, đài tăng cường tuyên truyền.",
    ],
  },
  {
    key: "postal",
    heading: "Lĩnh vực bưu chính",
    fields: ["postal"],
    sentences: [
      "Trên địa bàn tỉnh hiện có {post.enterprises} doanh nghiệp, tổ chức hoạt động trong lĩnh vực bưu chính với tổng số {post.service_points} điểm phục vụ (trong đó, có {post.offices} bưu cục, {post.cultural_points} điểm Bưu điện - Văn hóa xã và {post.other_points} điểm phục vụ hình thức khác); {post.communes_served}/{post.communes_total} xã có điểm phục vụ bưu chính.",
    ],
  },
  {
    key: "telecom",
    heading: "Lĩnh vực viễn thông",
    fields: ["telecom"],
    sentences: [
      "Trên địa bàn tỉnh hiện có {tel.enterprises|pad2} doanh nghiệp cung cấp dịch vụ viễn thông. Toàn tỉnh có {tel.cable_poles} cột treo cáp; {tel.fiber_aerial_km} km cáp quang treo; {tel.fiber_underground_km} km cáp quang ngầm; {tel.copper_aerial_km} km cáp đồng treo; {tel.copper_underground_km} km cáp đồng ngầm; {tel.cable_cabinets} bệ cáp và {tel.bts} trạm thu, phát sóng thông tin di động (BTS), {tel.bts|vs_last_year}.",
    ],
  },
  {
    key: "it",
    heading: "Ứng dụng công nghệ thông tin, chuyển đổi số",
    fields: ["it", "public_services"],
    sentences: [
      "Hệ thống Quản lý văn bản và điều hành (iOffice): Đã triển khai áp dụng cho {it.ioffice_agencies} cơ quan (cấp tỉnh: {it.ioffice_agencies_province}, cấp huyện: {it.ioffice_agencies_district}, cấp xã: {it.ioffice_agencies_commune}), với {it.ioffice_users} tài khoản người dùng đang hoạt động. Trong kỳ, {it.edocs_issued} văn bản điện tử phát hành trên hệ thống, trong đó có {it.edocs_signed} văn bản được ký số (tỷ lệ {it.edocs_signed_rate|pct}).",
      "Chứng thư số chuyên dùng: Trong kỳ, thu hồi {it.certs_revoked|pad2} chứng thư số, cấp mới {it.certs_issued} chứng thư số, tổng số {it.certs_active} chứng thư số đang hoạt động ({it.certs_active_org} chứng thư số tổ chức, {it.certs_active_personal} chứng thư số cá nhân ({it.certs_personal_usb} USB, {it.certs_personal_sim} SIM PKI)).",
      "Hệ thống Cổng dịch vụ công tỉnh cung cấp {ps.services_total} dịch vụ công: {ps.services_partial} dịch vụ công trực tuyến một phần (chiếm tỷ lệ {ps.services_partial_rate|pct}), {ps.services_full} dịch vụ công trực tuyến toàn trình (chiếm tỷ lệ {ps.services_full_rate|pct}). Trong kỳ, hệ thống đã tiếp nhận {ps.dossiers_received} hồ sơ ({ps.dossiers_direct} trực tiếp, {ps.dossiers_online} trực tuyến (tỷ lệ {ps.dossiers_online_rate|pct})), {ps.dossiers_received|vs_last_year}; đã giải quyết {ps.dossiers_resolved} hồ sơ.",
    ],
  },
  {
    key: "security",
    heading: "Công tác bảo đảm an toàn thông tin",
    fields: ["security"],
    sentences: ["Hệ thống giám sát an toàn thông tin mạng (SOC) phát hiện {sec.malware_alerts} cảnh báo mã độc; {sec.incident_platform_units} đơn vị đã đăng ký trên nền tảng điều phối ứng cứu sự cố."],
  },
  { key: "ict_industry", heading: "Công nghiệp công nghệ thông tin", fields: ["ict_industry"], sentences: ["Trên địa bàn tỉnh có {ict.enterprises} doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin."] },
  { key: "portal", heading: "Thông tin điện tử", fields: ["portal"], sentences: ["Đăng tải {web.dept_site_posts} tin bài, văn bản trên Trang thông tin điện tử Sở và {web.dt_page_posts} tin bài trên Chuyên trang Chuyển đổi số."] },
  { key: "press", heading: "Lĩnh vực báo chí, xuất bản", fields: ["press", "grassroots"], sentences: ["Cấp {press.publishing_licenses} giấy phép xuất bản tài liệu không kinh doanh."] },
  { key: "inspection", heading: "Công tác thanh tra, kiểm tra", fields: ["inspection"], sentences: ["Tiếp nhận {insp.petitions|pad2} đơn phản ánh, kiến nghị; tiếp {insp.citizen_visits|pad2} lượt công dân."] },
];
