import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFieldsCsv, parseIndicatorsCsv } from "@/lib/catalog/catalog-file";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { computeRatio } from "@/lib/periods/aggregate";
import { parsePeriod } from "@/lib/periods/period";
import { composeReport, printableParagraphs, refreshContent, type Figure } from "@/lib/reports/compose";
import { resultSections } from "@/lib/reports/default-templates";
import { anchorLevel } from "@/lib/seed/demo-values";

function loadCatalog(): Map<string, CatalogIndicator> {
  const dir = path.resolve(import.meta.dirname, "../../../prisma/catalog");
  const fields = parseFieldsCsv(readFileSync(path.join(dir, "fields.csv"), "utf8"));
  if (!fields.ok) throw new Error("fields");
  const result = parseIndicatorsCsv(readFileSync(path.join(dir, "indicators.csv"), "utf8"), new Set(fields.rows.map((f) => f.code)));
  if (!result.ok) throw new Error("indicators");
  return new Map(result.rows.map((i) => [i.code, i]));
}

const catalog = loadCatalog();
/** Seed 000's June 2023 figures, with ratios computed from them as the product does. */
function juneFigures(): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const indicator of catalog.values()) {
    const level = indicator.example?.includes("@2023-06 (000)") ? anchorLevel(indicator) : null;
    if (level !== null && indicator.kind !== "ratio") figures.set(indicator.code, { value: level, estimate: false, previous: null, lastYear: null, targetPct: null });
  }
  for (const ratio of [...catalog.values()].filter((i) => i.kind === "ratio")) {
    const n = figures.get(ratio.numerator!)?.value;
    const d = figures.get(ratio.denominator!)?.value;
    if (n != null && d != null) figures.set(ratio.code, { value: computeRatio(n, d), estimate: false, previous: null, lastYear: null, targetPct: null });
  }
  return figures;
}

const profile = {
  name: "Sở Thông tin và Truyền thông",
  parentAuthority: "UBND tỉnh Trà Vinh",
  place: "Trà Vinh",
  documentCode: "STTTT",
  archiveUnit: "VP",
  signerName: "Nguyễn Văn Chuẩn",
  signerIsDeputy: true,
  recipients: ["Bộ TT&TT (b/c)", "VP Tỉnh uỷ, VP UBND tỉnh"],
};

const compose = (code: string, figures = juneFigures()) =>
  composeReport({ period: parsePeriod(code)!, date: { year: 2023, month: 6, day: 14 }, number: null, profile, catalog, figures, sections: resultSections, activities: [{ id: "a1", fieldCode: "postal", kind: "done", text: "Có Văn bản gửi Bưu điện tỉnh." }, { id: "p1", fieldCode: "telecom", kind: "plan", text: "Theo dõi việc chỉnh trang mạng cáp." }] });
const text = (content: ReturnType<typeof compose>) => content.paragraphs.map((p) => p.text).join("\n");

describe("composing the June 2023 report from seed 000's figures", () => {
  const report = compose("2023-06");
  const body = text(report);

  it("writes the seed's figure sentences with the same Vietnamese formatting", () => {
    expect(body).toContain("- Trên địa bàn tỉnh hiện có 14 doanh nghiệp, tổ chức hoạt động trong lĩnh vực bưu chính với tổng số 263 điểm phục vụ (trong đó, có 53 bưu cục, 83 điểm Bưu điện - Văn hóa xã và 127 điểm phục vụ hình thức khác); 85/85 xã có điểm phục vụ bưu chính.");
    expect(body).toContain("Trên địa bàn tỉnh hiện có 06 doanh nghiệp cung cấp dịch vụ viễn thông. Toàn tỉnh có 90.923 cột treo cáp; 31.888,142 km cáp quang treo; 186,75 km cáp quang ngầm; 5.760,44 km cáp đồng treo; 211,38 km cáp đồng ngầm; 1.637 bệ cáp và 1.222 trạm thu, phát sóng thông tin di động (BTS)");
    expect(body).toContain("27.024 văn bản điện tử phát hành trên hệ thống, trong đó có 23.358 văn bản được ký số (tỷ lệ 86,4%).");
    expect(body).toContain("Ban hành 10 văn bản chỉ đạo, điều hành, trong đó: 04 văn bản lĩnh vực bưu chính, viễn thông; 04 văn bản lĩnh vực chuyển đổi số; 02 văn bản lĩnh vực an toàn thông tin.");
    expect(body).toContain("thu hồi 05 chứng thư số, cấp mới 129 chứng thư số, tổng số 3.058 chứng thư số đang hoạt động (650 chứng thư số tổ chức, 2.408 chứng thư số cá nhân (2.333 USB, 75 SIM PKI))");
  });

  it("computes 56,89% where the seed printed 57,96%", () => {
    expect(body).toContain("1.057 dịch vụ công trực tuyến toàn trình (chiếm tỷ lệ 56,89%)");
    expect(body).not.toContain("57,96");
  });

  it("flags sentences whose figures are missing and never prints them with a blank", () => {
    const flagged = report.paragraphs.find((p) => p.key === "tpl:telecom:0")!;
    expect(flagged.missing).toEqual(["tel.bts"]);
    expect(printableParagraphs(report).some((p) => p.key === "tpl:telecom:0")).toBe(false);
    expect(printableParagraphs(report).some((p) => p.key === "tpl:postal:0")).toBe(true);
  });

  it("marks estimates (ước) and compares with last year", () => {
    const figures = juneFigures();
    figures.set("tel.bts", { value: 1222, estimate: true, previous: null, lastYear: 1150, targetPct: null });
    const withBts = text(compose("2023-06", figures));
    expect(withBts).toContain("1.222 (ước) trạm thu, phát sóng thông tin di động (BTS), tăng 6,3% so với cùng kỳ.");
  });

  it("has the header, activities, plan, closing, recipients and signer", () => {
    expect(report.header).toMatchObject({ parentAuthority: "UBND TỈNH TRÀ VINH", organisationName: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", numberLine: "Số:       /BC-STTTT-VP", dateLine: "Trà Vinh, ngày 14 tháng 6 năm 2023" });
    expect(report.header.summary).toBe("Kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023");
    expect(body).toContain("- Có Văn bản gửi Bưu điện tỉnh.");
    expect(body).toContain("II. KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2023\n1. Theo dõi việc chỉnh trang mạng cáp.");
    expect(report.closing).toBe("Trên đây là kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023; Sở Thông tin và Truyền thông Trà Vinh báo cáo đến UBND tỉnh Trà Vinh nắm, chỉ đạo./.");
    expect(report.recipients.at(-1)).toBe("Lưu: VT, VP");
    expect(report.signer).toEqual({ lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn Chuẩn" });
  });

  it("adds an assessment to longer reports and keeps edits through a refresh", () => {
    const nine = compose("2019-9M");
    expect(text(nine)).toContain("II. ĐÁNH GIÁ CHUNG");
    expect(text(nine)).toContain("III. KẾ HOẠCH CÔNG TÁC QUÝ IV/2019");
    const edited = { ...nine, paragraphs: nine.paragraphs.map((p) => (p.key === "tpl:postal:0" ? { ...p, text: "- Đoạn đã sửa.", edited: true } : p)).reverse() };
    const figures = juneFigures();
    figures.set("post.service_points", { value: 270, estimate: false, previous: null, lastYear: null, targetPct: null });
    const refreshed = refreshContent(edited, compose("2019-9M", figures));
    const postal = refreshed.paragraphs.find((p) => p.key === "tpl:postal:0")!;
    expect(postal).toMatchObject({ text: "- Đoạn đã sửa.", edited: true, stale: true });
    expect(refreshed.paragraphs[0].key).toBe(edited.paragraphs[0].key);
    expect(refreshed.paragraphs.find((p) => p.key === "tpl:directive:0")).toMatchObject({ updated: false });
    expect(refreshed.paragraphs.find((p) => p.key === "tpl:directive:0")!.text).toContain("Ban hành 10 văn bản");
    const unedited = refreshContent(nine, compose("2019-9M", figures)).paragraphs.find((p) => p.key === "tpl:postal:0")!;
    expect(unedited).toMatchObject({ updated: true });
    expect(unedited.text).toContain("tổng số 270 điểm phục vụ");
  });
});
