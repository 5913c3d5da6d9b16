// Signing in, the sign-in log and the first run's set-up.

export const authMessages = {
  auth: {
    title: "Đăng nhập",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    submitting: "Đang đăng nhập…",
    invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
    required: "Vui lòng nhập tên đăng nhập và mật khẩu.",
    lockedOut: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
    forbidden: "Bạn không có quyền truy cập trang này.",
    backHome: "Về trang Tổng quan",
  },
  authLog: {
    title: "Nhật ký đăng nhập",
    intro:
      "200 sự kiện gần nhất của các tài khoản trong đơn vị (lần thử với tên đăng nhập không tồn tại không thuộc đơn vị nào nên không hiện ở đây).",
    at: "Thời điểm",
    username: "Tên đăng nhập",
    ip: "Địa chỉ IP",
    kind: "Sự kiện",
    empty: "Chưa có sự kiện nào.",
    kinds: {
      signIn: "Đăng nhập",
      failure: "Đăng nhập sai",
      lockout: "Tạm khóa do sai nhiều lần",
      passwordChange: "Đổi mật khẩu",
      signOut: "Đăng xuất",
    },
  },
  setup: {
    title: "Khởi tạo đơn vị",
    intro: "Cơ sở dữ liệu chưa có đơn vị nào. Nhập thông tin đơn vị và tài khoản quản trị đầu tiên.",
    setupCode: "Mã khởi tạo",
    setupCodeHint:
      "12 ký tự dạng XXXX-XXXX-XXXX, in trên màn hình dòng lệnh khi chạy npm start; lệnh npm run setup:code trên máy chủ cho một mã mới.",
    code: "Mã đơn vị (viết thường, không dấu)",
    name: "Tên cơ quan",
    parentAuthority: "Cơ quan chủ quản",
    place: "Địa danh",
    documentCode: "Ký hiệu cơ quan trên văn bản",
    adminUsername: "Tên đăng nhập quản trị",
    adminPassword: "Mật khẩu quản trị (ít nhất 10 ký tự, không phải tên đăng nhập)",
    submit: "Khởi tạo",
  },
};
