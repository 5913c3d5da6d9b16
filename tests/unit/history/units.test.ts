import { describe, expect, it } from "vitest";
import { readReport } from "@/lib/history/reader";
import { countingWordFits } from "@/lib/history/units";
import { loadCatalog } from "../support/catalog";

// The counting word after a number says what it counts: a count of cases is never a fine in
// đồng, a count of people never a count of mailboxes (issue 17: wrong values read from unseen reports).

const catalog = [...loadCatalog().indicators.values()];
const read = (text: string) =>
  readReport(text, { catalog })
    .candidates.filter((c) => c.best)
    .map((c) => `${c.indicator}=${c.value}`);

describe("the counting word after a number", () => {
  it("fits the indicator's unit, its synonyms, or none at all", () => {
    expect(countingWordFits(null, "đồng")).toBe(true);
    expect(countingWordFits("tram", "trạm")).toBe(true);
    expect(countingWordFits("chung thu so", "chứng thư")).toBe(true);
    expect(countingWordFits("nguoi dung", "tài khoản")).toBe(true);
    expect(countingWordFits("tin", "tin bài")).toBe(true);
    expect(countingWordFits("don vi", "tổ chức/cá nhân")).toBe(true);
    expect(countingWordFits("truong hop", "đồng")).toBe(false);
    expect(countingWordFits("truong hop", "tỷ đồng")).toBe(false);
    expect(countingWordFits("ho so", "%")).toBe(false);
    expect(countingWordFits("hop thu", "tài khoản")).toBe(false);
    expect(countingWordFits("nguoi dung", "hộp thư")).toBe(false);
    expect(countingWordFits("thue bao", "trạm")).toBe(false);
  });

  it("in a total's breakdown names the part's category: only an amount or a % refuses it", () => {
    expect(countingWordFits("to chuc", "chứng thư", { lenient: true })).toBe(true);
    expect(countingWordFits("to chuc", "đồng", { lenient: true })).toBe(false);
  });

  it("keeps a count of cases from being read as a fine", () => {
    const figures = read(
      "Thanh tra, kiểm tra: xử phạt vi phạm hành chính 03 trường hợp, tiền xử phạt vi phạm hành chính 7.500.000 đồng.",
    );
    expect(figures).toContain("insp.fines_vnd=7500000");
    expect(figures).not.toContain("insp.fines_vnd=3");
    expect(read("Tiền xử phạt vi phạm hành chính: 03 trường hợp.")).not.toContain("insp.fines_vnd=3");
  });

  it("keeps people from being read as mailboxes", () => {
    expect(read("Hộp thư điện tử công vụ: 7.720 người dùng.")).not.toContain("it.gov_mailboxes=7720");
    expect(read("Hộp thư điện tử công vụ: 6.339 hộp thư.")).toContain("it.gov_mailboxes=6339");
  });

  it("reads numbers printed without a thousands separator, years and pairs included", () => {
    expect(read("Toàn tỉnh có 3250 trạm BTS.")).toContain("tel.bts=3250");
    expect(read("Trong tháng, hệ thống đã tiếp nhận 1983 hồ sơ.")).toContain("ps.dossiers_received=1983");
    expect(read("Trong năm 1983 hồ sơ được tiếp nhận.")).not.toContain("ps.dossiers_received=1983");
    expect(read("Đến nay, đã xây dựng 2501/2741 Trang thông tin điện tử xã, phường, thị trấn.")).toEqual(
      expect.arrayContaining(["it.commune_websites=2501", "it.communes_total=2741"]),
    );
  });
});
