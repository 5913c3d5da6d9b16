// Where the organisation's name breaks in the report header (Nghị định 30/2020, Phụ lục I: the
// issuing body, upper case, 13 pt bold, centred in the left column). A Vietnamese word is often two
// or more syllables written apart (CÔNG NGHỆ, THÔNG TIN), so a line must not break between them.

/** The header table's columns as shares of the 165 mm text width (no cell padding): the right one holds `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` on one line. */
export const headerColumns = { left: 0.42, right: 0.58 } as const;

const textWidthPt = (165 / 25.4) * 72;
/** What the name may take in the left column, a little under its width so a renderer's rounding does not wrap it. */
const leftColumnEm = (textWidthPt * headerColumns.left * 0.98) / 13;

// Advance widths (1/1000 em) of Times New Roman Bold, as Liberation Serif Bold has them; accents do
// not change them, the horn of Ư does.
const widths: Record<string, number> = {
  " ": 250,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  Đ: 722,
  "&": 833,
  ",": 250,
  ".": 250,
  "-": 333,
  "(": 333,
  ")": 333,
  "/": 278,
  ":": 333,
  ";": 333,
  "'": 278,
};

/** The width of upper-case text in Times New Roman Bold, in em. */
export function boldWidthEm(text: string): number {
  let total = 0;
  for (const ch of text.normalize("NFD")) {
    if (ch === "\u031B")
      total += 74; // the horn: Ư is wider than U (Ơ is as wide as O)
    else if (!/\p{M}/u.test(ch)) total += widths[ch] ?? (/\d/.test(ch) ? 500 : 722);
  }
  return total / 1000;
}

const upper = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");

// Words of two syllables (and the pairs inside longer ones) met in organisations' names.
const compounds = new Set(
  [
    "KHOA HỌC",
    "CÔNG NGHỆ",
    "THÔNG TIN",
    "TRUYỀN THÔNG",
    "NỘI VỤ",
    "NGOẠI VỤ",
    "TƯ PHÁP",
    "KẾ HOẠCH",
    "ĐẦU TƯ",
    "TÀI CHÍNH",
    "CÔNG THƯƠNG",
    "NÔNG NGHIỆP",
    "PHÁT TRIỂN",
    "NÔNG THÔN",
    "GIAO THÔNG",
    "VẬN TẢI",
    "XÂY DỰNG",
    "TÀI NGUYÊN",
    "MÔI TRƯỜNG",
    "LAO ĐỘNG",
    "THƯƠNG BINH",
    "XÃ HỘI",
    "VĂN HÓA",
    "VĂN HOÁ",
    "THỂ THAO",
    "DU LỊCH",
    "GIÁO DỤC",
    "ĐÀO TẠO",
    "Y TẾ",
    "THANH TRA",
    "DÂN TỘC",
    "TÔN GIÁO",
    "TRUNG TÂM",
    "VĂN PHÒNG",
    "ỦY BAN",
    "UỶ BAN",
    "NHÂN DÂN",
    "HỘI ĐỒNG",
    "QUẢN LÝ",
    "DỰ ÁN",
    "CHUYỂN ĐỔI",
    "ĐỔI SỐ",
    "BƯU CHÍNH",
    "VIỄN THÔNG",
    "PHÁT THANH",
    "TRUYỀN HÌNH",
    "TRUYỀN THANH",
    "BÁO CHÍ",
    "XUẤT BẢN",
    "ĐIỆN TỬ",
    "CÔNG NGHIỆP",
    "KINH TẾ",
    "HÀNH CHÍNH",
    "DỊCH VỤ",
    "CÔNG ÍCH",
    "TIÊU CHUẨN",
    "ĐO LƯỜNG",
    "CHẤT LƯỢNG",
    "KỸ THUẬT",
    "KĨ THUẬT",
    "ỨNG DỤNG",
    "CHUYỂN GIAO",
    "SỞ HỮU",
    "TRÍ TUỆ",
    "THỐNG KÊ",
    "NHÀ NƯỚC",
    "QUỐC GIA",
    "CÔNG AN",
    "QUÂN SỰ",
    "CƠ SỞ",
    "DỮ LIỆU",
    "AN NINH",
    "AN TOÀN",
    "HẠ TẦNG",
    "GIÁM SÁT",
    "ĐIỀU HÀNH",
    "THÔNG MINH",
    "NGHIÊN CỨU",
    "KIỂM ĐỊNH",
    "ĐẤT ĐAI",
    "ĐĂNG KÝ",
    "KHOÁNG SẢN",
    "THỦY LỢI",
    "THUỶ LỢI",
    "LÂM NGHIỆP",
    "THỦY SẢN",
    "THUỶ SẢN",
    "THÚ Y",
    "BẢO VỆ",
    "THỰC VẬT",
    "DÂN SỐ",
    "GIA ĐÌNH",
    "VIỆC LÀM",
    "NGHỀ NGHIỆP",
    "XÚC TIẾN",
    "THƯƠNG MẠI",
    "ĐÔ THỊ",
    "BỆNH VIỆN",
    "ĐA KHOA",
    "KIỂM SOÁT",
    "BỆNH TẬT",
    "THỰC PHẨM",
    "DƯỢC PHẨM",
    "ĐẠI HỌC",
    "CAO ĐẲNG",
    "PHỔ THÔNG",
    "THƯ VIỆN",
    "BẢO TÀNG",
    "NGHỆ THUẬT",
    "ĐIỆN ẢNH",
    "ĐỊA PHƯƠNG",
    "TRUNG ƯƠNG",
    "CHÍNH PHỦ",
    "BAN QUẢN",
    "BAN NHÂN",
  ].map((w) => w.normalize("NFC")),
);
// After one of these the rest of the name is a place (TỈNH VĨNH LONG): it is not broken.
const placeWords = new Set(["TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "ĐẶC KHU"]);

const fits = (line: string) => boldWidthEm(line) <= leftColumnEm;

/** Indexes of the spaces a line may break at (between words, not syllables, and before a place). */
function breakable(words: string[]): number[] {
  const pair = (i: number) => `${words[i]} ${words[i + 1] ?? ""}`;
  const placeAt = words.findIndex(
    (w, i) => i > 0 && ((placeWords.has(w) && !compounds.has(pair(i))) || placeWords.has(pair(i))),
  );
  const last = placeAt > 0 ? placeAt : words.length - 1;
  return Array.from({ length: last }, (_, i) => i + 1).filter((i) => words[i] !== "-" && !compounds.has(pair(i - 1)));
}

/** The break (index of the first word of the second part) among `at` whose halves are nearest in width. */
function nearestMiddle(words: string[], at: number[]): number | undefined {
  const cost = (i: number) =>
    Math.abs(boldWidthEm(words.slice(0, i).join(" ")) - boldWidthEm(words.slice(i).join(" ")));
  return at.reduce<number | undefined>((best, i) => (best === undefined || cost(i) < cost(best) ? i : best), undefined);
}

function split(line: string): string[] {
  if (fits(line)) return [line];
  const words = line.split(" ");
  const allowed = breakable(words);
  const beforeAnd = allowed.filter((i) => words[i] === "VÀ");
  const at = nearestMiddle(words, beforeAnd.length ? beforeAnd : allowed);
  if (at === undefined) return [line];
  return [...split(words.slice(0, at).join(" ")), ...split(words.slice(at).join(" "))];
}

/**
 * The organisation's name as the header prints it, upper case, one entry per line: the lines the
 * organisation chose, or, when it chose none, the name on one line if it fits the left column at
 * 13 pt bold, else broken before `VÀ`, or between words nearest the middle.
 */
export function headerNameLines(name: string, configured: string[]): string[] {
  const chosen = configured.map(upper).filter(Boolean);
  if (chosen.length) return chosen;
  const line = upper(name);
  return line ? split(line) : [];
}
