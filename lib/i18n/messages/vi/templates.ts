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

// The report templates editor.
export const templatesMessages = {
  templates: {
    title: "Mẫu báo cáo",
    help: "Mỗi mục là một phần của báo cáo (I. Kết quả công tác). Mỗi câu mẫu một dòng; số liệu viết {mã chỉ tiêu} hoặc {mã chỉ tiêu|định dạng}.",
    formatters: "Định dạng",
    kind: "Loại báo cáo",
    kinds: {
      month: "Báo cáo tháng",
      quarter: "Báo cáo quý",
      half: "Báo cáo 6 tháng",
      nine: "Báo cáo 9 tháng",
      year: "Báo cáo năm",
    },
    defaultsNote: "Đây là mẫu mặc định của loại báo cáo này. Khi lưu, các mẫu này trở thành mẫu riêng của đơn vị.",
    customNote: "Đơn vị đang dùng mẫu riêng cho loại báo cáo này.",
    syntaxTitle: "Cách viết câu mẫu",
    syntaxPlaceholders:
      "Số liệu viết {mã chỉ tiêu}, VD {tel.bts}; muốn in theo cách khác thì thêm định dạng sau dấu |, VD {tel.bts|vs_last_year}.",
    syntaxClauses:
      "Phần trong [ ] là vế tùy chọn: chỉ in khi có số liệu của nó. Vế tùy chọn lồng được vào nhau; vế chỉ gồm các vế khác được in khi một trong số đó được in. Trong một chuỗi vế liền nhau, vế in đầu tiên nhận dấu nối của chuỗi, nên câu không còn dấu ;  , () hay “trong đó:” thừa.",
    syntaxRequired:
      "Số liệu ngoài [ ] là bắt buộc: thiếu hết thì câu bị bỏ; thiếu một phần thì câu được đánh dấu trong dự thảo và không được in cho đến khi được sửa.",
    syntaxEscape: "Muốn in chính các dấu [ ] { } thì viết \\[ \\] \\{ \\}.",
    example: "Ví dụ",
    exampleAll: "Khi có đủ số liệu:",
    exampleSome: "Khi chỉ có số liệu {names}:",
    exampleNone: "Khi không có số liệu nào: câu bị bỏ.",
    formatterMeanings: {
      value: "(mặc định) số liệu viết kiểu Việt Nam (1.222; 31.888,142), thêm “(ước)” khi là số ước tính",
      pad2: "như value, số nguyên nhỏ hơn 10 thêm số 0 ở đầu (05)",
      pct: "số liệu kèm dấu % (98,5%)",
      money: "số tiền theo cách viết của đơn vị (đồng, triệu đồng hoặc tỷ đồng)",
      vs_last_year: "tăng, giảm bao nhiêu so với cùng kỳ năm trước; không in khi chưa có số cùng kỳ",
      vs_previous: "tăng, giảm bao nhiêu so với kỳ trước; không in khi chưa có số kỳ trước",
      vs_target: "đạt bao nhiêu % kế hoạch năm; không in khi chưa có kế hoạch",
    },
    preview: "Xem trước",
    previewPeriod: "Xem trước với số liệu của kỳ",
    previewSentence: "Câu {n}",
    previewLeftOut: "bị bỏ (không có số liệu)",
    previewFlagged: "bị đánh dấu, thiếu: {names}",
    previewStates: "Số liệu nêu: {names}",
    previewInvalid: "lỗi",
    previewEmpty: "Chưa có câu nào để xem trước.",
    heading: "Tên mục",
    fields: "Lĩnh vực (mã, cách nhau bởi dấu phẩy)",
    sentences: "Câu mẫu (mỗi dòng một câu)",
    newSection: "Thêm mục mới",
    save: "Lưu mẫu",
    reset: "Khôi phục mẫu mặc định",
  },
};
