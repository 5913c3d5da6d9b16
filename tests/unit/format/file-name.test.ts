import { describe, expect, it } from "vitest";
import { asciiFileName, contentDisposition, readableFileName } from "@/lib/format/file-name";
import { reportFileName } from "@/lib/reports/data";

describe("file names", () => {
  it("are readable Vietnamese from their parts, with what a file system refuses replaced", () => {
    expect(readableFileName(["Số liệu", "tháng 7 năm 2025", "Sở Khoa học và Công nghệ Vĩnh Long"], "xlsx")).toBe(
      "Số liệu - tháng 7 năm 2025 - Sở Khoa học và Công nghệ Vĩnh Long.xlsx",
    );
    expect(readableFileName(["Số liệu", "quý III/2025", ' a:b*"c" ', ""], "xlsx")).toBe(
      "Số liệu - quý III-2025 - a-b-c-.xlsx",
    );
    expect(readableFileName(["x".repeat(200)], "png")).toBe(`${"x".repeat(120)}.png`);
  });

  it("have an ASCII fallback without diacritics, đ as d", () => {
    expect(asciiFileName("Báo cáo tháng 6 năm 2023 - Sở Thông tin và Truyền thông Trà Vinh (đã ký).pdf")).toBe(
      "Bao cao thang 6 nam 2023 - So Thong tin va Truyen thong Tra Vinh (da ky).pdf",
    );
    expect(asciiFileName("Đầu tư; công")).toBe("Dau tu_ cong");
  });

  it("go into Content-Disposition as the ASCII name and the RFC 5987 UTF-8 name", () => {
    const header = contentDisposition("Báo cáo quý I-2019 (đã ký).pdf");
    expect(header).toBe(
      `attachment; filename="Bao cao quy I-2019 (da ky).pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20I-2019%20%28%C4%91%C3%A3%20k%C3%BD%29.pdf`,
    );
    expect(decodeURIComponent(header.split("''")[1])).toBe("Báo cáo quý I-2019 (đã ký).pdf");
  });

  it("name a report by its period and its issuer as of its date, never by a code", () => {
    expect(reportFileName({ period: "2025-Q3", organisationName: "Sở Khoa học và Công nghệ Vĩnh Long" }, "docx")).toBe(
      "Báo cáo quý III-2025 - Sở Khoa học và Công nghệ Vĩnh Long.docx",
    );
    expect(
      reportFileName({ period: "2023-06", organisationName: "Sở Thông tin và Truyền thông Trà Vinh" }, "pdf", {
        signed: true,
      }),
    ).toBe("Báo cáo tháng 6 năm 2023 (đã ký) - Sở Thông tin và Truyền thông Trà Vinh.pdf");
  });
});
