// The refusals of the catalog files (prisma/catalog/*.csv, read by `npm run db:seed`), for whoever
// edits them; each is printed after the file's name and line.

export const catalogFileMessages = {
  code: "mã không hợp lệ (chữ thường, số, _ và .)",
  month: "tháng không hợp lệ (YYYY, YYYY-MM hoặc YYYY-MM-DD)",
  firstDay: "ngày bắt đầu phải là ngày đầu tháng",
  lastDay: "ngày kết thúc phải là ngày cuối tháng",
  decimals: "decimals phải từ 0 đến 6",
  duplicate: "mã {code} bị trùng",
  unknownField: "lĩnh vực {field} không có trong danh mục lĩnh vực",
  unknownIndicator: "chỉ tiêu {code} không tồn tại",
  needsInputs: "chỉ tiêu {kind} cần numerator và denominator",
  noInputs: "chỉ tiêu {kind} không có numerator/denominator",
  partKind: "chỉ tiêu thành phần phải cùng loại với tổng {parent}",
  partFrequency: "chỉ tiêu thành phần phải cùng tần suất báo cáo với tổng {parent}",
  activeOrder: "active_from sau active_to",
  twoNames: "{code} có hai tên đến cùng một tháng",
};
