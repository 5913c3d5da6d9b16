// What is wrong in a sentence template (lib/reports/template.ts), as the templates editor and its
// preview say it: "1. Bưu chính, câu 2, vị trí 14: không có chỉ tiêu "post.x"".

export const templateErrorMessages = {
  at: "vị trí {position}: {what}",
  unknown_indicator: 'không có chỉ tiêu "{token}"',
  unknown_formatter: 'không có định dạng "{token}"',
  unclosed: "thiếu dấu }",
  empty: "chỗ trống {} không có chỉ tiêu",
  unclosed_clause: "thiếu dấu ] đóng vế tùy chọn",
  unopened_clause: "dấu ] không có dấu [ mở",
  empty_clause: "vế tùy chọn {token} không có số liệu nào",
  noField: '{section}. {heading}: không có lĩnh vực "{field}"',
  inSentence: "{section}. {heading}, câu {sentence}, {error}",
};
