// What the error pages say, in both languages. They are sent to the browser with these strings only,
// not with the whole dictionary, which takes them from here (lib/i18n/dictionary.ts).

const vi = {
  appName: "ICT Report Desk",
  title: "Đã có lỗi",
  databaseUnreachable:
    "Không kết nối được cơ sở dữ liệu. Số liệu đã lưu không bị mất; trang sẽ tự mở lại khi cơ sở dữ liệu hoạt động trở lại.",
  checking: "Đang kiểm tra kết nối…",
  retryIn: "Thử lại sau {seconds} giây…",
  retryNow: "Thử lại ngay",
  notFoundTitle: "Không tìm thấy trang",
  notFound: "Trang này không tồn tại hoặc đã được chuyển đi.",
  forbiddenTitle: "Không có quyền truy cập",
  failed: "Đã có lỗi xảy ra. Vui lòng thử lại.",
  retry: "Thử lại",
};

const en: typeof vi = {
  appName: "ICT Report Desk",
  title: "Something went wrong",
  databaseUnreachable:
    "The database cannot be reached. Saved figures are not lost; this page opens again by itself once the database is back.",
  checking: "Checking the connection…",
  retryIn: "Trying again in {seconds} s…",
  retryNow: "Try again now",
  notFoundTitle: "Page not found",
  notFound: "This page does not exist or has moved.",
  forbiddenTitle: "Not allowed",
  failed: "Something went wrong. Please try again.",
  retry: "Try again",
};

export const errorPageMessages = { vi, en };
