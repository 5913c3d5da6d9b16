import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/history/fold";
import { numberValue } from "@/lib/history/number-grammar";
import { ordinalWordBefore, scanNumbers, type NumberMention } from "@/lib/history/number-scan";

/** The numbers of a text as the reader sees them: printed, value and what was read around them. */
function scan(text: string): NumberMention[] {
  const folded = foldText(text);
  return scanNumbers(folded.text, ordinalWordBefore(text, folded.origin));
}

function only(text: string): NumberMention {
  const found = scan(text).filter((m) => !m.excluded);
  expect(found, text).toHaveLength(1);
  return found[0];
}

function reasons(text: string): (string | null)[] {
  return scan(text).map((m) => m.excluded);
}

describe("number grammar", () => {
  it("reads Vietnamese grouping and decimals exactly", () => {
    expect(numberValue("31.888,142")).toBe("31888.142");
    expect(numberValue("1.234,5")).toBe("1234.5");
    expect(numberValue("7 500 000")).toBe("7500000");
    expect(numberValue("05")).toBe("5");
    expect(numberValue("86,4")).toBe("86.4");
    expect(numberValue("0,10")).toBe("0.1");
    expect(numberValue("8.1")).toBeNull();
  });

  it.each([
    ["Toàn tỉnh có 1.234,5 km cáp", "1234.5"],
    ["xử phạt 7 500 000 đồng", "7500000"],
    ["thu hồi 01 chứng thư số", "1"],
    ["thu hoi 01 chung thu so", "1"],
    ["với 6 376 người dùng", "6376"],
  ])("%s -> %s", (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it("reads x of y: the first is the part, the second the whole", () => {
    const [part, whole] = scan("Đến nay, đã xây dựng 15/15 trang");
    expect([part.value, part.pair, whole.value, whole.pair]).toEqual(["15", "part", "15", "whole"]);
    expect(part.partner).toBe(1);
    const [served, total] = scan("128 (ước)/489 xã có điểm phục vụ");
    expect([served.value, served.estimate, total.value, total.pair]).toEqual(["128", true, "489", "whole"]);
    // Without separators a pair's whole may look like a year; a month of a year is a period.
    expect(scan("đã xây dựng 2501/2741 trang").map((m) => [m.value, m.pair])).toEqual([
      ["2501", "part"],
      ["2741", "whole"],
    ]);
    expect(reasons("Báo cáo số liệu 6/2019 của tỉnh")).toEqual(["period"]);
  });

  it("reads percentages and money with their scale, with and without diacritics", () => {
    expect(only("tỷ lệ 86,4%")).toMatchObject({ value: "86.4", percent: true });
    expect(only("ty le 86,4 %")).toMatchObject({ value: "86.4", percent: true });
    expect(only("doanh thu 3,5 triệu đồng")).toMatchObject({ value: "3.5", scale: 6, money: true });
    expect(only("doanh thu 120,4 tỷ đồng")).toMatchObject({ value: "120.4", scale: 9, money: true });
    expect(only("doanh thu 120,4 ty dong")).toMatchObject({ value: "120.4", scale: 9, money: true });
    expect(only("phạt 7.500.000 đồng")).toMatchObject({ value: "7500000", scale: 0, money: true });
    expect(only("có 1,2 triệu thuê bao")).toMatchObject({ value: "1.2", scale: 6, money: false });
    expect(only("33,60 tỷ lệ")).toMatchObject({ scale: 0 });
  });

  it("flags estimates: (ước) after, ước before, not a convention (công ước)", () => {
    expect(only("1.222 (ước) trạm").estimate).toBe(true);
    expect(only("1.222 trạm BTS (ước)").estimate).toBe(true);
    expect(only("ước đạt 120 tỷ đồng").estimate).toBe(true);
    expect(only("uoc dat 120 ty dong").estimate).toBe(true);
    expect(only("Công ước 45 nước").estimate).toBe(false);
    expect(only("có 1.222 trạm").estimate).toBe(false);
  });

  it("flags approximate figures: trên, gần, hơn, khoảng, trên dưới", () => {
    for (const word of ["trên", "gần", "hơn", "khoảng", "trên dưới", "tren", "gan", "hon", "khoang", "tren duoi"])
      expect(only(`và ${word} 50 văn bản`).approximate, word).toBe(true);
    expect(only("trên địa bàn có 50 văn bản").approximate).toBe(false);
  });
});

describe("numbers that are not figures", () => {
  it("sets aside dates, with and without diacritics", () => {
    expect(reasons("Trà Vinh, ngày 14 tháng 3 năm 2019")).toEqual(["date", "date", "year"]);
    expect(reasons("Tra Vinh, ngay 14 thang 3 nam 2019")).toEqual(["date", "date", "year"]);
    expect(reasons("ngày 14/3/2019")).toEqual(["date"]);
    expect(reasons("Kỷ niệm ngày giải phóng 30/4")).toEqual(["date"]);
    expect(reasons("vào ngày 14/3")).toEqual(["date"]);
    expect(reasons("lúc 10 giờ 45 phút ngày 31/5/2023")).toEqual(["time", "time", "date"]);
    expect(reasons("từ ngày 17-19/4/2019")).toEqual(["date", "date"]);
    expect(reasons("trong tháng 6")).toEqual(["date"]);
  });

  it("sets aside years and periods", () => {
    expect(reasons("năm 2019")).toEqual(["year"]);
    expect(reasons("giai đoạn 2023 - 2024")).toEqual(["year", "year"]);
    expect(reasons("quý 1/2019")).toEqual(["period"]);
    expect(reasons("6 tháng đầu năm 2023")).toEqual(["period", "year"]);
  });

  it("sets aside document numbers", () => {
    expect(reasons("số 1234/UBND-KT")).toEqual(["document"]);
    expect(reasons("Kế hoạch 45/KH-STTTT")).toEqual(["document"]);
    expect(reasons("Quyết định số 123/QĐ-UBND")).toEqual(["document"]);
    expect(reasons("Quyet dinh so 123/QD-UBND")).toEqual(["document"]);
    expect(reasons("Quyết định số 45/2016/QĐ-TTg")).toEqual(["document"]);
    expect(reasons("Báo cáo số 356-BC/VPTU")).toEqual(["document"]);
    expect(reasons("Số: 298 /BC-STTTT-VP")).toEqual(["document"]);
    expect(reasons("Nghị định 108/2014/NĐ-CP")).toEqual(["document"]);
    expect(reasons("theo Thông tư 25")).toEqual(["document"]);
    expect(reasons("chữ ký số: 71 văn bản")).toEqual([null]);
  });

  it("sets aside section numbering, articles, ordinals, levels and names", () => {
    expect(reasons("2. Lĩnh vực bưu chính")).toEqual(["section"]);
    expect(reasons("8.2. Thông tin cơ sở")).toEqual(["section"]);
    expect(reasons("1.1 Tham mưu UBND tỉnh")).toEqual(["section"]);
    expect(reasons("theo Điều 5 khoản 2")).toEqual(["ordinal", "ordinal"]);
    expect(reasons("lần thứ 6")).toEqual(["ordinal"]);
    expect(reasons("Ngày Sách Việt Nam thứ 6")).toEqual(["ordinal"]);
    expect(reasons("tiêu chí số 8")).toEqual(["ordinal"]);
    expect(reasons("phường 7")).toEqual(["ordinal"]);
    expect(reasons("dịch vụ công trực tuyến mức độ 3, 4")).toEqual(["level", "level"]);
    expect(reasons("mức độ 3,4")).toEqual(["level"]);
    expect(reasons("phủ sóng 3G, 4G và IPv6, Covid-19")).toEqual(["name", "name", "name", "name"]);
    expect(reasons("http://mic.gov.vn/Lists/DispForm.aspx?ID=7757")).toEqual(["url"]);
  });

  it("keeps the figures beside them", () => {
    const mentions = scan("Ban hành 31 Công văn theo Kế hoạch 44/KH-UBND, ngày 10/5/2023 của Ủy ban");
    expect(mentions.map((m) => [m.printed, m.excluded])).toEqual([
      ["31", null],
      ["44", "document"],
      ["10/5/2023", "date"],
    ]);
  });
});
