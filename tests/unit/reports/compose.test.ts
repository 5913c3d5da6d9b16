import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDerived } from "@/lib/catalog/types";
import { computeRatio } from "@/lib/periods/aggregate";
import { parsePeriod } from "@/lib/periods/period";
import { composeReport, refreshContent, withPlanTitles, type Figure } from "@/lib/reports/compose";
import { printableParagraphs } from "@/lib/reports/page";
import { addFigureParagraph, reportCoverage, reportWarnings } from "@/lib/reports/coverage";
import { defaultSections } from "@/lib/reports/templates/default-sections";
import { anchorLevel } from "@/lib/seed/demo-values";
import { loadCatalog } from "../support/catalog";

const { indicators: catalog, fields } = loadCatalog();
const figure = (value: string, more: Partial<Figure> = {}): Figure => ({
  value,
  estimate: false,
  previous: null,
  lastYear: null,
  targetPct: null,
  ...more,
});

/** Seed 000's June 2023 figures, with ratios computed from them as the product does. */
function juneFigures(): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const indicator of catalog.values()) {
    const level = indicator.example?.includes("@2023-06 (000)") ? anchorLevel(indicator) : null;
    if (level !== null && !isDerived(indicator.kind)) figures.set(indicator.code, figure(String(level)));
  }
  return withRatios(figures);
}

function withRatios(figures: Map<string, Figure>): Map<string, Figure> {
  for (const ratio of [...catalog.values()].filter((i) => isDerived(i.kind))) {
    const n = figures.get(ratio.numerator!)?.value;
    const d = figures.get(ratio.denominator!)?.value;
    if (n != null && d != null) figures.set(ratio.code, figure(String(computeRatio(Number(n), Number(d)))));
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
const activities = [
  { id: "a1", fieldCode: "postal", kind: "done" as const, text: "Có Văn bản gửi Bưu điện tỉnh." },
  { id: "p1", fieldCode: "telecom", kind: "plan" as const, text: "Theo dõi việc chỉnh trang mạng cáp." },
];

const compose = (code: string, figures = juneFigures(), options: { plans?: boolean } = {}) => {
  const period = parsePeriod(code)!;
  return composeReport({
    period,
    date: { year: 2023, month: 6, day: 14 },
    number: null,
    profile,
    catalog,
    fieldNames: fields,
    figures,
    sections: defaultSections(period.kind),
    activities: options.plans === false ? activities.slice(0, 1) : activities,
  });
};
const text = (content: ReturnType<typeof compose>) =>
  printableParagraphs(content)
    .map((p) => p.text)
    .join("\n");

describe("composing the June 2023 report from seed 000's figures", () => {
  const report = compose("2023-06");
  const body = text(report);

  it("writes the seed's figure sentences with the same Vietnamese formatting", () => {
    expect(body).toContain(
      "- Trên địa bàn tỉnh hiện có 14 doanh nghiệp, tổ chức hoạt động trong lĩnh vực bưu chính với tổng số 263 điểm phục vụ (trong đó: 53 bưu cục, 83 điểm Bưu điện - Văn hóa xã, 127 điểm phục vụ hình thức khác); 85/85 xã có điểm phục vụ bưu chính (đạt tỷ lệ 100,00%).",
    );
    expect(body).toContain(
      "- Toàn tỉnh có 90.923 cột treo cáp; 31.888,142 km cáp quang treo; 186,75 km cáp quang ngầm; 5.760,44 km cáp đồng treo; 211,38 km cáp đồng ngầm; 1.637 bệ cáp và 1.222 trạm thu, phát sóng thông tin di động (BTS)",
    );
    expect(body).toContain(
      "27.024 văn bản điện tử phát hành trên hệ thống, trong đó có 23.358 văn bản được ký số (tỷ lệ 86,4%).",
    );
    expect(body).toContain(
      "- Ban hành 10 văn bản chỉ đạo, điều hành, trong đó: 04 văn bản lĩnh vực bưu chính, viễn thông; 04 văn bản lĩnh vực chuyển đổi số; 02 văn bản lĩnh vực an toàn thông tin.",
    );
    expect(body).toContain(
      "thu hồi 05 chứng thư số, cấp mới 129 chứng thư số, tổng số 3.058 chứng thư số đang hoạt động (650 chứng thư số tổ chức, 2.408 chứng thư số cá nhân (2.333 USB, 75 SIM PKI))",
    );
  });

  it("computes 56,89% where the seed printed 57,96%", () => {
    expect(body).toContain("1.057 dịch vụ công trực tuyến toàn trình (chiếm tỷ lệ 56,89%)");
    expect(body).not.toContain("57,96");
  });

  it("states every figure seed 000 states with the monthly default's sentences", () => {
    const key: { figures: { indicator: string }[] } = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../fixtures/seeds/000.json"), "utf8"),
    );
    const byTemplate = new Set(
      report.paragraphs.filter((p) => p.key.startsWith("tpl:")).flatMap((p) => p.states ?? []),
    );
    expect(key.figures.map((f) => f.indicator).filter((code) => !byTemplate.has(code))).toEqual([]);
  });

  it("states every figure of the period", () => {
    expect(reportCoverage(report)).toMatchObject({ leftOut: [] });
    expect(reportCoverage(report).total).toBe(
      [...juneFigures().keys()].filter((c) => !isDerived(catalog.get(c)!.kind)).length,
    );
  });

  it("marks estimates (ước) and compares with last year", () => {
    const figures = juneFigures();
    figures.set("tel.bts", figure("1222", { estimate: true, lastYear: "1150" }));
    expect(text(compose("2023-06", figures))).toContain(
      "1.637 bệ cáp và 1.222 (ước) trạm thu, phát sóng thông tin di động (BTS), tăng 6,3% so với cùng kỳ;",
    );
  });

  it("has the header, activities, plan, closing, recipients and signer", () => {
    expect(report.header).toMatchObject({
      parentAuthority: "UBND TỈNH TRÀ VINH",
      organisationName: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      numberLine: "Số:       /BC-STTTT-VP",
      dateLine: "Trà Vinh, ngày 14 tháng 6 năm 2023",
    });
    expect(report.header.summary).toBe(
      "Kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023",
    );
    expect(body).toContain("- Có Văn bản gửi Bưu điện tỉnh.");
    expect(body).toContain("II. KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2023\n1. Theo dõi việc chỉnh trang mạng cáp.");
    expect(report.closing).toBe(
      "Trên đây là kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023; Sở Thông tin và Truyền thông Trà Vinh báo cáo đến UBND tỉnh Trà Vinh nắm, chỉ đạo./.",
    );
    expect(report.recipients.at(-1)).toBe("Lưu: VT, VP");
    expect(report.signer).toEqual({ lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn Chuẩn" });
  });
});

describe("figures no template states", () => {
  it("get a generated sentence in their field's section, with parts, ratio parts and the change against last year", () => {
    const figures = new Map<string, Figure>([
      ["post.service_points", figure("263", { lastYear: "250" })],
      ["post.offices", figure("53")],
      ["post.other_points", figure("127", { estimate: true })],
      ["dir.tasks_assigned", figure("12")],
      ["dir.tasks_done", figure("9")],
    ]);
    // A department whose own template states none of these figures.
    const report = composeReport({
      period: parsePeriod("2023-06")!,
      date: { year: 2023, month: 6, day: 14 },
      number: null,
      profile,
      catalog,
      fieldNames: fields,
      figures: withRatios(figures),
      sections: [
        { key: "postal", heading: "Bưu chính", fields: ["postal"], sentences: ["Có {post.enterprises} doanh nghiệp."] },
      ],
      activities: [],
    });
    const body = text(report);
    expect(body).toContain(
      "1. Bưu chính\n- Điểm phục vụ bưu chính: 263 điểm, trong đó: bưu cục 53; điểm phục vụ hình thức khác 127 (ước), tăng 5,2% so với cùng kỳ.",
    );
    expect(body).toContain(
      "2. Công tác tham mưu và chỉ đạo điều hành\n- Nhiệm vụ UBND tỉnh giao: 12 nhiệm vụ.\n- Nhiệm vụ đã hoàn thành: 9 nhiệm vụ.\n- Tỷ lệ nhiệm vụ hoàn thành: 75,00% (9/12 nhiệm vụ).",
    );
    expect(reportCoverage(report)).toMatchObject({ stated: 5, total: 5, leftOut: [] });
  });

  it("are listed when a person removes them, and come back with one click", () => {
    const report = compose("2023-06");
    const without = { ...report, paragraphs: report.paragraphs.filter((p) => !p.states?.includes("tel.bts")) };
    const coverage = reportCoverage(without);
    expect(coverage.leftOut.map((f) => f.code)).toContain("tel.bts");
    const bts = coverage.leftOut.find((f) => f.code === "tel.bts")!;
    expect(bts).toMatchObject({
      printed: "1.222",
      section: "telecom",
      sentence: "- Trạm thu phát sóng thông tin di động (BTS): 1.222 trạm.",
    });
    const added = addFigureParagraph(without.paragraphs, bts);
    const at = added.findIndex((p) => p.key === "gen:tel.bts");
    expect(added[at - 1].key.startsWith("tpl:telecom:") || added[at - 1].key.startsWith("gen:tel")).toBe(true);
    expect(reportCoverage({ ...without, paragraphs: added }).leftOut.map((f) => f.code)).not.toContain("tel.bts");
  });

  it("count as left out when a person edits the number away", () => {
    const report = compose("2023-06");
    const edited = {
      ...report,
      paragraphs: report.paragraphs.map((p) =>
        p.states?.includes("ict.enterprises") ? { ...p, text: "- Có nhiều doanh nghiệp.", edited: true } : p,
      ),
    };
    expect(reportCoverage(edited).leftOut.map((f) => f.code)).toEqual(["ict.enterprises"]);
  });
});

describe("parts of the page the office completes", () => {
  it("names the plan period in the title only when there is a plan, and flags an empty plan", () => {
    const without = compose("2023-06", juneFigures(), { plans: false });
    expect(without.header.summary).toBe("Kết quả công tác thông tin và truyền thông tháng 6 năm 2023");
    expect(without.closing).toBe(
      "Trên đây là kết quả công tác thông tin và truyền thông tháng 6 năm 2023; Sở Thông tin và Truyền thông Trà Vinh báo cáo đến UBND tỉnh Trà Vinh nắm, chỉ đạo./.",
    );
    expect(reportWarnings(without)).toContainEqual({
      kind: "plan",
      key: "fixed:plan-empty",
      text: "II. KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2023",
    });
    const typed = withPlanTitles({
      ...without,
      paragraphs: without.paragraphs.map((p) =>
        p.key === "fixed:plan-empty" ? { ...p, text: "1. Kiểm tra mạng cáp.", edited: true } : p,
      ),
    });
    expect(typed.header.summary).toBe(
      "Kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023",
    );
  });

  it("leaves the assessment to the office: flagged, and on paper only once written, the parts numbered as printed", () => {
    const nine = compose("2019-9M");
    expect(text(nine)).not.toContain("ĐÁNH GIÁ CHUNG");
    expect(text(nine)).toContain("\nII. KẾ HOẠCH CÔNG TÁC QUÝ IV/2019\n1. Theo dõi việc chỉnh trang mạng cáp.");
    const written = {
      ...nine,
      paragraphs: nine.paragraphs.map((p) =>
        p.key === "fixed:advantages" ? { ...p, text: "Được sự quan tâm chỉ đạo kịp thời.", edited: true } : p,
      ),
    };
    expect(text(written)).toContain(
      "\nII. ĐÁNH GIÁ CHUNG\n1. Thuận lợi\nĐược sự quan tâm chỉ đạo kịp thời.\nIII. KẾ HOẠCH CÔNG TÁC QUÝ IV/2019",
    );
    expect(
      reportWarnings(nine)
        .filter((w) => w.kind === "assessment")
        .map((w) => w.text),
    ).toEqual(["1. Thuận lợi", "2. Khó khăn, hạn chế"]);
  });
});

describe("refreshing a draft", () => {
  it("marks updated only the paragraphs whose figures changed, and keeps edits", () => {
    const nine = compose("2019-9M");
    const postalKey = nine.paragraphs.find((p) => p.states?.includes("post.service_points"))!.key;
    const same = refreshContent(nine, compose("2019-9M"));
    expect(same.paragraphs.filter((p) => p.updated)).toEqual([]);

    const figures = juneFigures();
    figures.set("post.service_points", figure("270"));
    const refreshed = refreshContent(nine, compose("2019-9M", figures));
    expect(refreshed.paragraphs.filter((p) => p.updated).map((p) => p.key)).toEqual([postalKey]);
    expect(refreshed.paragraphs.find((p) => p.key === postalKey)!.text).toContain("tổng số 270 điểm phục vụ");

    const edited = {
      ...nine,
      paragraphs: nine.paragraphs
        .map((p) => (p.key === postalKey ? { ...p, text: "- Đoạn đã sửa.", edited: true } : p))
        .reverse(),
    };
    const kept = refreshContent(edited, compose("2019-9M", figures));
    expect(kept.paragraphs.find((p) => p.key === postalKey)).toMatchObject({
      text: "- Đoạn đã sửa.",
      edited: true,
      stale: true,
    });
    expect(kept.paragraphs[0].key).toBe(edited.paragraphs[0].key);
  });
});
