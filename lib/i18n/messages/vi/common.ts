import { errorPageMessages } from "../error-page";
import { periodMessages } from "./periods";

// The frame of every page: the app, its menu, roles, languages, errors, pickers and forms.
export const commonMessages = {
  app: { name: errorPageMessages.vi.appName, tagline: "Số liệu và báo cáo ngành thông tin và truyền thông" },
  nav: {
    overview: "Tổng quan",
    entry: "Nhập số liệu",
    reports: "Báo cáo",
    calendar: "Lịch báo cáo",
    ministry: "Các tỉnh",
    admin: "Quản trị",
    signOut: "Đăng xuất",
    language: "Ngôn ngữ",
    mainMenu: "Menu chính",
  },
  languages: { vi: "Tiếng Việt", en: "English" },
  roles: {
    admin: "Quản trị viên",
    compiler: "Văn phòng (tổng hợp)",
    director: "Lãnh đạo Sở",
    editor: "Chuyên viên",
    viewer: "Theo dõi nhiều đơn vị",
  },
  demo: { banner: "Dữ liệu minh họa: các số liệu này được tạo để dùng thử sản phẩm, không phải số liệu thật." },
  files: { figures: "Số liệu", yes: "có" },
  overview: { title: "Tổng quan" },
  errors: {
    unauthorized: "Chưa đăng nhập hoặc mã truy cập không hợp lệ.",
    forbidden: "Bạn không có quyền thực hiện thao tác này.",
    notFound: "Không tìm thấy dữ liệu yêu cầu.",
    conflict: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại.",
    invalid: "Dữ liệu không hợp lệ.",
    locked: "Kỳ số liệu đã khóa, không thể thay đổi.",
    malformed: "Yêu cầu không đúng định dạng.",
    methodNotAllowed: "Phương thức này không được hỗ trợ ở địa chỉ này.",
    unsupportedMediaType: "Chỉ nhận nội dung application/json.",
    tooLarge: "Nội dung gửi lên vượt quá giới hạn cho phép.",
    uriTooLong: "Địa chỉ yêu cầu quá dài.",
    busy: "Máy chủ đang bận đọc các báo cáo khác. Vui lòng thử lại sau ít phút.",
    unavailable:
      "Hệ thống đang phục vụ nhiều người cùng lúc nên chưa lưu được. Không có gì bị thay đổi; vui lòng thử lại sau vài giây.",
    internal: errorPageMessages.vi.failed,
    duplicate: "Giá trị này đã được sử dụng.",
    tooMany: "Quá nhiều lần thử sai. Vui lòng thử lại sau.",
    retry: errorPageMessages.vi.retry,
  },
  errorPage: errorPageMessages.vi,
  pickers: {
    month: "Tháng",
    year: "Năm",
    monthNames: periodMessages.monthNames,
    kind: "Loại kỳ",
    dateFormat: "dd/mm/yyyy",
    dateInvalid: "Nhập ngày dạng dd/mm/yyyy, ví dụ 13/09/2023.",
  },
  forms: {
    saved: "Đã lưu.",
    invalid: "Chưa lưu: hãy sửa các ô được nêu dưới đây.",
    tooMany: "Nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
  },
  /** Messages beside a form's field; schemas and mutations name them by key (lib/actions/issues.ts). */
};
