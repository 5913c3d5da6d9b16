import { describe, expect, it } from "vitest";
import { boldWidthEm, headerColumns, headerNameLines } from "@/lib/reports/header-lines";

// The left column at 13 pt bold, in em (165 mm of text width).
const leftColumnEm = ((165 / 25.4) * 72 * headerColumns.left) / 13;

describe("header name lines", () => {
  it("breaks a name too wide for the left column before VÀ, never inside CÔNG NGHỆ", () => {
    expect(boldWidthEm("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).toBeGreaterThan(leftColumnEm);
    expect(headerNameLines("Sở Khoa học và Công nghệ", [])).toEqual(["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]);
    expect(headerNameLines("Sở Thông tin và Truyền thông", [])).toEqual(["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]);
    expect(headerNameLines("Sở Văn hóa, Thể thao và Du lịch", [])).toEqual(["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]);
  });

  it("keeps a name that fits on one line, upper-cased with its spaces tidied", () => {
    expect(headerNameLines("Sở Tư pháp", [])).toEqual(["SỞ TƯ PHÁP"]);
    expect(headerNameLines("  Sở   Giáo dục và Đào tạo ", [])).toEqual(["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]);
  });

  it("without VÀ, breaks between words nearest the middle and keeps a place name whole", () => {
    expect(headerNameLines("Trung tâm Chuyển đổi số tỉnh Vĩnh Long", [])).toEqual([
      "TRUNG TÂM CHUYỂN ĐỔI SỐ",
      "TỈNH VĨNH LONG",
    ]);
    expect(headerNameLines("Văn phòng Ủy ban nhân dân tỉnh", [])).toEqual(["VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH"]);
  });

  it("never breaks inside a compound word, and every line fits when a break exists", () => {
    for (const name of [
      "Sở Khoa học và Công nghệ",
      "Sở Thông tin và Truyền thông",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Trung tâm Công nghệ thông tin và Truyền thông",
    ]) {
      const lines = headerNameLines(name, []);
      expect(lines.join(" ")).toBe(name.toLocaleUpperCase("vi"));
      for (const word of [
        "CÔNG NGHỆ",
        "THÔNG TIN",
        "TRUYỀN THÔNG",
        "NÔNG NGHIỆP",
        "PHÁT TRIỂN",
        "NÔNG THÔN",
        "TRUNG TÂM",
      ]) {
        if (name.toLocaleUpperCase("vi").includes(word)) expect(lines.some((l) => l.includes(word))).toBe(true);
      }
      for (const line of lines) expect(boldWidthEm(line)).toBeLessThanOrEqual(leftColumnEm);
    }
  });

  it("uses the organisation's own lines, upper-cased, blank ones ignored", () => {
    expect(headerNameLines("Sở Khoa học và Công nghệ", [" Sở Khoa học và ", "", "Công nghệ"])).toEqual([
      "SỞ KHOA HỌC VÀ",
      "CÔNG NGHỆ",
    ]);
    expect(headerNameLines("Sở Tư pháp", ["  ", ""])).toEqual(["SỞ TƯ PHÁP"]);
  });

  it("measures Times New Roman Bold: Ư wider than U, accents free", () => {
    expect(boldWidthEm("Ư")).toBeCloseTo(0.796);
    expect(boldWidthEm("Ệ")).toBeCloseTo(boldWidthEm("E"));
    expect(boldWidthEm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeCloseTo(20.861, 2);
  });
});
