// The header rows of the workbooks (lib/excel): the entry template and the period export.

export const excelMessages = {
  entryHeaders: ["Mã", "Chỉ tiêu", "Đơn vị tính", "Tháng trước", "Cùng kỳ năm trước", "Số liệu", "Ước (x)", "Ghi chú"],
  exportHeaders: ["Mã", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Ước", "Đủ tháng", "Kế hoạch năm", "% kế hoạch"],
};
