import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/periods/period";
import { describeTemplateError, parseTemplate } from "@/lib/reports/template";
import { documentDateLine, documentNumberLine, signerBlock, summaryLine } from "@/lib/reports/wording";

const p = (code: string) => parsePeriod(code)!;

describe("report wording", () => {
  it("names this period and the next in the summary line of every kind", () => {
    expect(summaryLine(p("2023-06"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông tháng 6 và kế hoạch công tác tháng 7 năm 2023",
    );
    expect(summaryLine(p("2023-12"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông tháng 12 năm 2023 và kế hoạch công tác tháng 1 năm 2024",
    );
    expect(summaryLine(p("2019-Q1"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông quý I/2019 và nhiệm vụ trọng tâm quý II/2019",
    );
    expect(summaryLine(p("2024-H1"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông 06 tháng đầu năm 2024 và kế hoạch công tác 6 tháng cuối năm 2024",
    );
    expect(summaryLine(p("2019-9M"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông 9 tháng đầu năm 2019 và kế hoạch công tác quý IV/2019",
    );
    expect(summaryLine(p("2024"), true)).toBe(
      "Kết quả công tác thông tin và truyền thông năm 2024 và kế hoạch công tác năm 2025",
    );
  });

  it("writes the date line with leading zeros for days under 10 and months 1 and 2", () => {
    expect(documentDateLine("Trà Vinh", { year: 2019, month: 3, day: 14 })).toBe("Trà Vinh, ngày 14 tháng 3 năm 2019");
    expect(documentDateLine("Trà Vinh", { year: 2020, month: 1, day: 5 })).toBe("Trà Vinh, ngày 05 tháng 01 năm 2020");
    expect(documentDateLine("Hà Tĩnh", { year: 2021, month: 2, day: 9 })).toBe("Hà Tĩnh, ngày 09 tháng 02 năm 2021");
    expect(documentDateLine("Hà Tĩnh", { year: 2021, month: 12, day: 1 })).toBe("Hà Tĩnh, ngày 01 tháng 12 năm 2021");
  });

  it("leaves the number blank before signature and pads small numbers", () => {
    expect(documentNumberLine("STTTT", "VP", null)).toBe("Số:       /BC-STTTT-VP");
    expect(documentNumberLine("STTTT", "VP", 298)).toBe("Số: 298/BC-STTTT-VP");
    expect(documentNumberLine("STTTT", "VP", 7)).toBe("Số: 07/BC-STTTT-VP");
  });

  it("signs as the director or for the director", () => {
    expect(signerBlock("Trần Văn Khoảnh", false)).toEqual({ lines: ["GIÁM ĐỐC"], name: "Trần Văn Khoảnh" });
    expect(signerBlock("Nguyễn Văn Chuẩn", true)).toEqual({
      lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      name: "Nguyễn Văn Chuẩn",
    });
  });
});

describe("sentence templates", () => {
  const known = new Set(["tel.bts", "post.enterprises"]);

  it("accepts placeholders with formatters", () => {
    const parsed = parseTemplate(
      "Có {post.enterprises} doanh nghiệp và {tel.bts} trạm, {tel.bts|vs_last_year}.",
      known,
    );
    expect(parsed.ok).toBe(true);
  });

  it("rejects an unknown placeholder or formatter with its position", () => {
    const parsed = parseTemplate("Có {post.enterprises} doanh nghiệp, {tel.btss} trạm, {tel.bts|percent}.", known);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { position: 36, code: "unknown_indicator", token: "tel.btss" },
        { position: 53, code: "unknown_formatter", token: "percent" },
      ],
    });
    if (!parsed.ok)
      expect(describeTemplateError(parsed.errors[0], "vi")).toBe('vị trí 37: không có chỉ tiêu "tel.btss"');
    expect(parseTemplate("Có {post.enterprises", known)).toMatchObject({
      ok: false,
      errors: [{ code: "unclosed", position: 3 }],
    });
  });
});
