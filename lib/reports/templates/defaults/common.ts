// Sentences every kind of report shares (the seeds word them alike); `within` names the period
// as the sentence opens ("Trong tháng", "Trong quý", "Trong kỳ").

export const telecomSentences = (within: string) => [
  "Trên địa bàn tỉnh hiện có {tel.enterprises|pad2} doanh nghiệp cung cấp dịch vụ viễn thông.",
  "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][; {tel.fiber_aerial_km} km cáp quang treo][; {tel.fiber_underground_km} km cáp quang ngầm][; {tel.copper_aerial_km} km cáp đồng treo][; {tel.copper_underground_km} km cáp đồng ngầm][; {tel.cable_cabinets} bệ cáp][ và {tel.bts} trạm thu, phát sóng thông tin di động (BTS)[, {tel.bts|vs_last_year}]][; mạng Internet băng rộng cáp quang được phát triển đến {tel.fiber_commune_coverage|pct} xã, phường, thị trấn][; {tel.mobile_commune_coverage|pct} xã, phường, thị trấn được phủ sóng 3G/4G].",
  "Toàn tỉnh có [{tel.fixed_subscribers} thuê bao điện thoại cố định[ (mật độ {tel.fixed_density} thuê bao/100 dân)]][; {tel.mobile_subscribers} thuê bao điện thoại di động[ (mật độ {tel.mobile_density} thuê bao/100 dân)]][; {tel.internet_subscribers} thuê bao internet[ (trong đó: [{tel.fixed_broadband_subscribers} thuê bao cố định][, {tel.mobile_internet_subscribers} thuê bao truy nhập qua thiết bị di động])][, mật độ {tel.internet_density} thuê bao/100 dân]][; dân số toàn tỉnh {org.population} người].",
  "Doanh thu dịch vụ viễn thông đạt {tel.revenue} tỷ đồng[, {tel.revenue|vs_last_year}].",
  `${within}, rà soát, xác nhận sự phù hợp {tel.bts_sites_approved} vị trí xây dựng trạm BTS.`,
  "Cấp {tel.game_points_certified} Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng.",
];

export const postalSentences = [
  "Trên địa bàn tỉnh hiện có [{post.enterprises} doanh nghiệp, tổ chức hoạt động trong lĩnh vực bưu chính][ với tổng số {post.service_points} điểm phục vụ[ (trong đó: [{post.offices} bưu cục][, {post.cultural_points} điểm Bưu điện - Văn hóa xã][, {post.other_points} điểm phục vụ hình thức khác])]][; {post.communes_served}[/{post.communes_total}] xã có điểm phục vụ bưu chính[ (đạt tỷ lệ {post.communes_served_rate|pct})]].",
  "Doanh thu dịch vụ bưu chính, chuyển phát đạt {post.revenue} tỷ đồng[, {post.revenue|vs_last_year}].",
];

export const directiveSentences = (within: string) => [
  "Ban hành {dir.docs_issued} văn bản chỉ đạo, điều hành[, trong đó: [{dir.docs_postal_telecom|pad2} văn bản lĩnh vực bưu chính, viễn thông][; {dir.docs_digital|pad2} văn bản lĩnh vực chuyển đổi số][; {dir.docs_security|pad2} văn bản lĩnh vực an toàn thông tin]].",
  "Ban hành {dir.press_guidance|pad2} Công văn chỉ đạo định hướng các cơ quan báo, đài tăng cường tuyên truyền.",
  `${within}, tham mưu ban hành [{dir.decisions_issued|pad2} quyết định][, {dir.plans_issued|pad2} kế hoạch].`,
  "Hoàn thành {dir.tasks_done}[/{dir.tasks_assigned}] nhiệm vụ được Ủy ban nhân dân tỉnh giao[ (đạt tỷ lệ {dir.tasks_done_rate|pct})].",
];

export const eCommerceSentences = [
  "Đến nay có [{ecom.postmart_households} hộ sản xuất nông nghiệp có tài khoản bán hàng trên sàn thương mại điện tử Postmart.vn][, {ecom.voso_households} hộ trên Voso.vn][ với {ecom.products} loại sản phẩm được quảng bá, giới thiệu trên sàn][; {ecom.ocop_listed}[/{ecom.ocop_total}] sản phẩm OCOP được quảng bá, giới thiệu trên sàn thương mại điện tử].",
];

export const onlineServiceSentences = (within: string) => [
  "Hệ thống Cổng dịch vụ công tỉnh cung cấp {ps.services_total} dịch vụ công[: [{ps.services_partial} dịch vụ công trực tuyến một phần[ (chiếm tỷ lệ {ps.services_partial_rate|pct})]][, {ps.services_full} dịch vụ công trực tuyến toàn trình[ (chiếm tỷ lệ {ps.services_full_rate|pct})]]][; tích hợp {ps.national_portal_services} dịch vụ công lên Cổng dịch vụ công quốc gia].",
  `${within}, hệ thống đã tiếp nhận {ps.dossiers_received} hồ sơ[ ([{ps.dossiers_direct} trực tiếp][, {ps.dossiers_online} trực tuyến[ (tỷ lệ {ps.dossiers_online_rate|pct})]])][, {ps.dossiers_received|vs_last_year}][; đã giải quyết {ps.dossiers_resolved} hồ sơ].`,
  "Dịch vụ công trực tuyến một phần: [{ps.services_partial} dịch vụ; ]tiếp nhận {ps.partial_received} hồ sơ[ ([{ps.partial_direct} trực tiếp][, {ps.partial_online} trực tuyến[ (tỷ lệ {ps.partial_online_rate|pct})]])].",
  "Dịch vụ công trực tuyến toàn trình: [{ps.services_full} dịch vụ; ]tiếp nhận {ps.full_received} hồ sơ[ ([{ps.full_direct} trực tiếp][, {ps.full_online} trực tuyến[ (tỷ lệ {ps.full_online_rate|pct})]])].",
  // Before the 2022 reform services were counted by level (mức độ 2, 3, 4); the rows end in 2022.
  ...[2, 3, 4].map(
    (level) =>
      `Dịch vụ công trực tuyến mức độ ${level}: [{ps.l${level}_services} dịch vụ; ][tiếp nhận {ps.l${level}_received} hồ sơ; ][tiếp nhận trực tiếp {ps.l${level}_direct} hồ sơ; ][tiếp nhận trực tuyến {ps.l${level}_online} hồ sơ; ][tỷ lệ hồ sơ trực tuyến {ps.l${level}_online_rate|pct}].`,
  ),
];

export const securitySentences = (within: string) => [
  `${within} có {sec.malware_alerts} cảnh báo mã độc từ hệ thống giám sát an toàn thông tin mạng (SOC)[, {sec.malware_alerts|vs_last_year}].`,
  "Tổng hợp, đăng ký danh sách các cơ quan, đơn vị sử dụng nền tảng điều phối, ứng cứu xử lý sự cố ({sec.incident_platform_units} đơn vị).",
  "Ban hành {sec.vulnerability_notices|pad2} văn bản cảnh báo lỗ hổng bảo mật đến các cơ quan, đơn vị.",
  "Thẩm định, phê duyệt {sec.level_dossiers_approved|pad2} hồ sơ cấp độ an toàn hệ thống thông tin.",
];

export const ictIndustrySentences = [
  "Trên địa bàn tỉnh hiện nay có {ict.enterprises} doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin.",
];

export const pressSentences = [
  "Thẩm định, cấp [{press.publishing_licenses} giấy phép xuất bản tài liệu không kinh doanh][; {press.print_registrations|pad2} tờ khai đăng ký hoạt động in][; {press.import_licenses|pad2} giấy phép nhập khẩu xuất bản phẩm không kinh doanh].",
  "Thực hiện các thủ tục lắp đặt {press.outdoor_panels|pad2} pano tuyên truyền.",
  "Toàn tỉnh có {grass.commune_radio_stations} đài truyền thanh xã tự sản xuất chương trình[, với thời lượng {grass.radio_minutes_per_day} phút/ngày].",
];

export const websiteSentences = (within: string) => [
  `${within}, [Trang thông tin điện tử Sở đăng tải {web.dept_site_posts} tin bài, văn bản][; Chuyên trang Chuyển đổi số đăng tải {web.dt_page_posts} tin, bài].`,
];

export const inspectionSentences = [
  "[Tổ chức thanh tra, kiểm tra {insp.inspections|pad2} cuộc[ đối với {insp.entities_inspected} tổ chức, cá nhân]][; có {insp.violations|pad2} tổ chức, cá nhân vi phạm][; ban hành {insp.penalty_decisions|pad2} quyết định xử phạt vi phạm hành chính][, xử phạt vi phạm hành chính {insp.fines_vnd|money}].",
  "Tiếp nhận [{insp.petitions|pad2} đơn phản ánh, kiến nghị][; {insp.denunciations|pad2} đơn khiếu nại, tố cáo].",
  "Tiếp {insp.citizen_visits|pad2} lượt công dân.",
];

export const investmentSentences = [
  "Giải ngân {inv.capital_disbursed} tỷ đồng vốn đầu tư công[ trên kế hoạch vốn được giao {inv.capital_allocated} tỷ đồng][, đạt {inv.disbursement_rate|pct}].",
];
