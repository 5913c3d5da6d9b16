// Why an uploaded past report could not be read (lib/history/text-from-file.ts), as the upload
// page and the API say it. Placeholders: {megabytes}, {command}, {pages}.

export const fileProblemMessages = {
  too_large: "Tệp quá lớn (tối đa {megabytes} MB).",
  unsupported: "Chỉ đọc được tệp .docx, .pdf, .txt hoặc ảnh quét (.png, .jpg, .tif).",
  not_docx: "Tệp .docx này không mở được (hỏng hoặc không phải tệp Word).",
  ocr_missing:
    "Tệp này là bản quét: cần nhận dạng chữ (OCR), nhưng máy chủ chưa cài Tesseract. Quản trị viên cài bằng lệnh: {command} — hoặc dán nội dung báo cáo.",
  ocr_failed: "Không nhận dạng được chữ trong bản quét này: hãy quét lại rõ hơn hoặc dán nội dung báo cáo.",
  too_many_pages: "Bản quét có hơn {pages} trang: hãy tách thành nhiều tệp.",
  unreadable: "Tệp PDF này không đọc được (hỏng hoặc có mật khẩu).",
  empty: "Tệp không có nội dung chữ.",
};
