// The checks' messages (lib/values/check-messages.ts), in the entry grid as staff type and in the
// server's refusals: a catalog of their own, so that the browser loads these and not the dictionary.

export const checkMessages = {
  tooLarge: "{subject} phải nhỏ hơn {limit} (giá trị tuyệt đối).",
  negative: "{subject} không được âm.",
  wholeNumber: "{subject} phải là số nguyên.",
  decimals: "{subject} có tối đa {decimals} chữ số thập phân.",
  partsExceedTotal: "Tổng các thành phần ({sum}) của {subject} vượt quá tổng ({total}).",
  partsNotSum: "Các thành phần của {subject} cộng lại bằng {sum}, phải bằng tổng ({total}).",
  numeratorExceedsDenominator: "{subject} ({numerator}) không được lớn hơn {denominator} ({denominatorValue}).",
  jump: {
    rose: "tăng",
    fell: "giảm",
    /** One comparison: "tăng 40,0% so với tháng trước (100 → 140)". */
    comparison: "{direction}{pct} {base} ({from} → {to})",
    againstLastMonth: "so với tháng trước",
    againstSameMonthLastYear: "so với cùng kỳ năm trước",
    againstSamePeriodLastYear: "so với cùng kỳ năm trước",
    and: " và ",
    usualRange: ", ngoài khoảng thường gặp của {months} tháng trước ({low} – {high})",
    askNote: ": cần ghi chú giải thích để lưu.",
  },
  reported: {
    reports: { quarter: "quý", half: "6 tháng", nine: "9 tháng", year: "năm" },
    sum: "{indicator}: tổng các tháng của {period} là {months}, báo cáo {report} đã nêu {reported}.",
    last: "{indicator}: số liệu tháng cuối của {period} là {months}, báo cáo {report} đã nêu {reported}.",
  },
};
