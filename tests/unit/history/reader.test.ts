import { describe, expect, it } from "vitest";
import { valueForIndicator } from "@/lib/history/figure-value";
import { createReportReader, readReport } from "@/lib/history/reader";
import type { ImportCandidate, ReadReportContext } from "@/lib/history/types";
import { indicator, loadCatalog } from "../support/catalog";

const catalog = [...loadCatalog().indicators.values()];
const context: ReadReportContext = { catalog };
const june2023 = { period: "2023-06" };

/** The proposed figures as indicator=value, in the text's order. */
function figures(text: string, options = june2023, readContext = context): string[] {
  return readReport(text, readContext, options)
    .candidates.filter((c) => c.best)
    .map((c) => `${c.indicator}=${c.value}`);
}

function candidate(text: string, code: string, options = june2023): ImportCandidate {
  const found = readReport(text, context, options).candidates.find((c) => c.indicator === code && c.best);
  expect(found, `${code} in "${text}"`).toBeDefined();
  return found!;
}

describe("candidate figures of a short text", () => {
  it("finds figures by the catalog's aliases, and gives their place in the text", () => {
    const text = "Toàn tỉnh có 90.923 cột treo cáp; 1.637 bệ cáp và 1.222 trạm BTS.";
    expect(figures(text)).toEqual(["tel.cable_poles=90923", "tel.cable_cabinets=1637", "tel.bts=1222"]);
    const poles = candidate(text, "tel.cable_poles");
    expect(text.slice(poles.start, poles.end)).toBe("90.923");
    expect(poles).toMatchObject({
      key: `tel.cable_poles@${poles.start}`,
      sentence: text,
      approximate: false,
      estimate: false,
    });
  });

  it("reads text without diacritics, with positions in the original", () => {
    const text = "Toan tinh co 90.923 cot treo cap; 31.888,142 km cap quang treo";
    expect(figures(text)).toEqual(["tel.cable_poles=90923", "tel.fiber_aerial_km=31888.142"]);
    const fibre = candidate(text, "tel.fiber_aerial_km");
    expect(text.slice(fibre.start, fibre.end)).toBe("31.888,142");
  });

  it("gives positions in the text as given, decomposed (NFD) too, and cuts a long sentence around the number", () => {
    const text = "Toàn tỉnh có 1.222 trạm BTS.".normalize("NFD");
    const bts = candidate(text, "tel.bts");
    expect(text.slice(bts.start, bts.end)).toBe("1.222");
    const long = `${"Tiếp tục triển khai các nhiệm vụ của ngành thông tin và truyền thông ".repeat(6)}với 1.222 trạm BTS ${"trên địa bàn tỉnh phục vụ người dân và doanh nghiệp ".repeat(6)}`;
    const sentence = candidate(long, "tel.bts").sentence;
    expect(sentence.length).toBeLessThan(340);
    expect(sentence).toMatch(/^….*1\.222 trạm BTS.*…$/);
  });

  it("reads a template backwards, the organisation's own too", () => {
    expect(
      candidate(
        "Hệ thống thư điện tử công vụ: hiện tại tổng số hộp thư điện tử công vụ cấp cho cán bộ, công chức, viên chức là 9.539.",
        "it.gov_mailboxes",
      ),
    ).toMatchObject({ value: "9539", source: "template" });
    const own = "Số máy điện thoại cố định đang hoạt động đạt 12.345 máy.";
    expect(figures(own)).toEqual([]);
    expect(
      figures(own, june2023, {
        catalog,
        templates: ["Số máy điện thoại cố định đang hoạt động đạt {tel.fixed_subscribers} máy."],
      }),
    ).toEqual(["tel.fixed_subscribers=12345"]);
  });

  it("reads a total's breakdown among its parts, and the whole of x/y through its part", () => {
    expect(
      figures(
        "Đã triển khai áp dụng cho 577 cơ quan (cấp tỉnh: 139, cấp huyện: 332, cấp xã: 106), với 7.898 tài khoản người dùng đang hoạt động.",
      ),
    ).toEqual([
      "it.ioffice_agencies=577",
      "it.ioffice_agencies_province=139",
      "it.ioffice_agencies_district=332",
      "it.ioffice_agencies_commune=106",
      "it.ioffice_users=7898",
    ]);
    const text = "Có 85/85 xã có điểm phục vụ bưu chính.";
    expect(figures(text)).toEqual(["post.communes_served=85", "post.communes_total=85"]);
    expect(candidate(text, "post.communes_total").source).toBe("pair");
    // A breakdown's number that is no part in the catalog is no other figure either.
    expect(figures("Tiếp nhận 25.251 hồ sơ dịch vụ công một phần (18.355 trực tiếp, 6.896 trực tuyến).")).toEqual([
      "ps.partial_received=25251",
      "ps.partial_direct=18355",
      "ps.partial_online=6896",
    ]);
    expect(figures("Hệ thống đã giải quyết 21.365 hồ sơ (18.355 đúng hạn, 3.010 quá hạn).")).toEqual([
      "ps.dossiers_resolved=21365",
    ]);
  });

  it("converts money to the indicator's unit, exactly", () => {
    expect(candidate("xử phạt vi phạm hành chính 7 500 000 đồng", "insp.fines_vnd").value).toBe("7500000");
    expect(candidate("xử phạt vi phạm hành chính 7,5 triệu đồng", "insp.fines_vnd").value).toBe("7500000");
    expect(candidate("Doanh thu dịch vụ viễn thông đạt 120,4 tỷ đồng.", "tel.revenue").value).toBe("120.4");
    const millions = indicator("x.revenue", { nameVi: "Doanh thu dịch vụ", unitVi: "triệu đồng", decimals: 3 });
    expect(valueForIndicator({ value: "1.2", percent: false, scale: 9, money: true }, millions)).toBe("1200");
    expect(valueForIndicator({ value: "3.5", percent: false, scale: 6, money: true }, millions)).toBe("3.5");
    expect(valueForIndicator({ value: "3.5", percent: false, scale: 0, money: false }, millions)).toBe("3.5");
    // More decimals than the catalog's: not this indicator's figure (3,5 triệu is 0,0035 tỷ).
    expect(
      valueForIndicator(
        { value: "3.5", percent: false, scale: 6, money: true },
        catalog.find((i) => i.code === "tel.revenue")!,
      ),
    ).toBeNull();
    expect(
      valueForIndicator(
        { value: "3.5", percent: false, scale: 0, money: false },
        catalog.find((i) => i.code === "tel.bts")!,
      ),
    ).toBeNull();
  });

  it("keeps percentages for % indicators and never reads a ratio", () => {
    expect(figures("mạng Internet băng rộng cáp quang được phát triển đến 100% xã, phường, thị trấn")).toEqual([
      "tel.fiber_commune_coverage=100",
    ]);
    expect(
      figures("27.024 văn bản điện tử phát hành trên hệ thống, trong đó có 23.358 văn bản được ký số (tỷ lệ 86,4%)."),
    ).toEqual(["it.edocs_issued=27024", "it.edocs_signed=23358"]);
  });

  it("flags estimates and approximate figures", () => {
    expect(candidate("và trên 50 văn bản chỉ đạo, điều hành (ước)", "dir.docs_issued")).toMatchObject({
      value: "50",
      approximate: true,
      estimate: true,
    });
    expect(candidate("Đưa hơn 389 tin, bài tiếng Việt", "web.portal_posts_vi")).toMatchObject({
      approximate: true,
      estimate: false,
    });
  });

  it("proposes the best candidate of an indicator and keeps the others", () => {
    // Equal fits: the first in the text is proposed.
    const result = readReport(
      "Tiếp nhận 05 đơn phản ánh, kiến nghị. Có 01 đơn phản ánh, kiến nghị chưa giải quyết.",
      context,
      june2023,
    );
    const petitions = result.candidates.filter((c) => c.indicator === "insp.petitions");
    expect(petitions.map((c) => [c.value, c.best])).toEqual([
      ["5", true],
      ["1", false],
    ]);
  });

  it("lists the numbers that are no candidate, without dates, years or document numbers", () => {
    const text = "Tổ chức 03 lớp tập huấn cho 120 học viên ngày 15/3/2023 theo Kế hoạch số 45/KH-UBND năm 2023.";
    const result = readReport(text, context, june2023);
    expect(result.candidates).toEqual([]);
    expect(result.unmatched.map((u) => [u.number, u.value, text.slice(u.start, u.end)])).toEqual([
      ["03", "3", "03"],
      ["120", "120", "120"],
    ]);
    expect(result.unmatched[0].sentence).toBe(text);
  });

  it("learns the organisation's phrases as aliases", () => {
    const text = "Đã kích hoạt 12.345 tài khoản định danh điện tử.";
    expect(figures(text)).toEqual([]);
    expect(
      figures(text, june2023, {
        catalog,
        aliases: [{ indicator: "it.ioffice_users", phrase: "tài khoản định danh điện tử" }],
      }),
    ).toEqual(["it.ioffice_users=12345"]);
    expect(
      readReport(
        text,
        { catalog, aliases: [{ indicator: "it.ioffice_users", phrase: "tài khoản định danh điện tử" }] },
        june2023,
      ).candidates[0].source,
    ).toBe("organisation");
  });

  it("knows what an indicator is not, and what the period does not report", () => {
    expect(figures("triển khai cung cấp 949 dịch vụ công trực tuyến mức độ 3,4")).toEqual([]);
    expect(figures("Cổng dịch vụ công tỉnh cung cấp 1.858 dịch vụ công")).toEqual(["ps.services_total=1858"]);
    expect(figures("551 dịch vụ công trực tuyến một phần", { period: "2019-Q1" })).toEqual([]);
    expect(figures("551 dịch vụ công trực tuyến một phần", { period: "2023-Q1" })).toEqual(["ps.services_partial=551"]);
  });

  it("reads no figure in the plan for the next period", () => {
    const text =
      "BÁO CÁO\nKết quả tháng 6 năm 2023\n\nI. KẾT QUẢ\n\nCấp 18 giấy phép xuất bản tài liệu không kinh doanh.\n\nIII. KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2023\n\n1. Cấp 49 giấy phép xuất bản tài liệu không kinh doanh.";
    const result = readReport(text, context);
    expect([result.kind, result.period]).toEqual(["month", "2023-06"]);
    expect(result.candidates.map((c) => c.value)).toEqual(["18"]);
    expect(result.unmatched).toEqual([]);
  });

  it("is deterministic, and a compiled reader answers as readReport does", () => {
    const text = "Trong tháng có 10 cảnh báo mã độc từ hệ thống giám sát an toàn thông tin mạng (SOC).";
    const read = createReportReader(context);
    expect(read(text, june2023)).toEqual(readReport(text, context, june2023));
    expect(readReport(text, context, june2023)).toEqual(readReport(text, context, june2023));
  });
});
