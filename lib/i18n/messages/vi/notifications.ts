// The bell and its notifications.

export const notificationsMessages = {
  notifications: {
    title: "Thông báo",
    bell: "Thông báo",
    unread: "{n} chưa đọc",
    none: "Chưa có thông báo nào.",
    markAllRead: "Đánh dấu đã đọc tất cả",
    markedAllRead: "Đã đánh dấu đã đọc tất cả.",
    isUnread: "Chưa đọc",
    kinds: {
      figures_due_soon: "Số liệu {month} của {unit} đến hạn ngày {due}.",
      figures_overdue: "Số liệu {month} của {unit} đã quá hạn (hạn ngày {due}).",
      report_due_soon: "Báo cáo {period} đến hạn gửi ngày {due}.",
      report_overdue: "Báo cáo {period} đã quá hạn gửi (hạn ngày {due}).",
      month_locked: "Số liệu {month} đã được khóa.",
      report_for_signature: "Báo cáo {period} được trình ký.",
      report_returned: "Báo cáo {period} được trả về dự thảo để sửa.",
      report_signed: "Báo cáo {period} đã được ký.",
      submission_received: "{organisation} đã gửi báo cáo {period}.",
      submission_accepted: "Bộ đã chấp nhận báo cáo {period}.",
      submission_returned: "Bộ trả lại báo cáo {period}: {reason}",
    },
    email: "Nhận thông báo qua e-mail",
    emailAddress: "Địa chỉ e-mail",
    emailHint: "Thư chỉ được gửi khi đơn vị đã cấu hình máy chủ thư (Quản trị → Thông tin đơn vị).",
    emailSaved: "Đã lưu cài đặt e-mail.",
    mailOpen: "Mở trong ICT Report Desk: {url}",
    mailUnsubscribe: "Để không nhận thư này nữa, bỏ chọn «Nhận thông báo qua e-mail» tại {url}",
  },
};
