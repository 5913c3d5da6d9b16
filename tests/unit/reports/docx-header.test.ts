import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildReportDocx } from "@/lib/reports/docx";
import { boldWidthEm } from "@/lib/reports/header-lines";
import type { ReportContent } from "@/lib/reports/types";

const content = (organisationLines?: string[]): ReportContent => ({
  header: {
    parentAuthority: "UBND TỈNH VĨNH LONG",
    organisationName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    organisationLines,
    numberLine: "Số:      /BC-SKHCN-VP",
    dateLine: "Vĩnh Long, ngày 20 tháng 11 năm 2026",
    summary: "Kết quả công tác quý III/2026",
  },
  paragraphs: [{ key: "fixed:results", style: "heading1", text: "I. KẾT QUẢ" }],
  closing: "Trên đây là báo cáo./.",
  recipients: ["Lưu: VT, VP"],
  signer: { lines: ["GIÁM ĐỐC"], name: "Nguyễn Văn A" },
  composedAt: "2026-11-20T00:00:00.000Z",
});

async function headerTable(c: ReportContent): Promise<string> {
  const zip = await JSZip.loadAsync(await buildReportDocx(c));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
}

const paragraphsOf = (cellXml: string) =>
  [...cellXml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );

describe("the Word header", () => {
  it("prints the organisation's name one centred bold paragraph per line", async () => {
    const table = await headerTable(content(["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]));
    const leftCell = table.slice(table.indexOf("<w:tc>"), table.indexOf("</w:tc>"));
    expect(paragraphsOf(leftCell).filter(Boolean)).toEqual(["UBND TỈNH VĨNH LONG", "SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]);
    for (const line of ["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]) {
      const paragraph = leftCell.slice(
        leftCell.lastIndexOf("<w:p>", leftCell.indexOf(`>${line}<`)),
        leftCell.indexOf(`>${line}<`),
      );
      expect(paragraph).toContain('<w:jc w:val="center"/>');
      expect(paragraph).toContain("<w:b/>");
    }
  });

  it("falls back to the name on one line for drafts made before name lines", async () => {
    const table = await headerTable(content());
    const leftCell = table.slice(table.indexOf("<w:tc>"), table.indexOf("</w:tc>"));
    expect(paragraphsOf(leftCell).filter(Boolean)).toEqual(["UBND TỈNH VĨNH LONG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]);
  });

  it("gives the right column room for CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM at 12 pt bold, without cell padding", async () => {
    const table = await headerTable(content());
    const [left, right] = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const share = right / (left + right);
    expect(share).toBeGreaterThanOrEqual(0.55);
    expect(share).toBeLessThanOrEqual(0.6);
    expect(table).toContain(`<w:tcMar><w:left w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar>`);
    // twips to points: / 20
    expect(boldWidthEm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") * 12).toBeLessThan(right / 20);
  });
});
