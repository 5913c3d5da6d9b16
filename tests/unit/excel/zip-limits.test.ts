import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkXlsxLimits, xlsxLimits } from "@/lib/excel/zip-limits";

async function workbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("a");
  for (let i = 1; i <= rows; i++) sheet.addRow([`code-${i}`, i]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("checkXlsxLimits", () => {
  it("lets an ordinary workbook through", async () => {
    expect(checkXlsxLimits(await workbook(50))).toBeNull();
  });

  it("refuses a workbook with more rows than the limit", async () => {
    expect(checkXlsxLimits(await workbook(xlsxLimits.rows + 1))).toBe("too_large");
  });

  it("refuses a small zip that unpacks beyond the limit (a zip bomb) from its directory", async () => {
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(xlsxLimits.unpackedBytes + 1));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(checkXlsxLimits(bomb)).toBe("too_large");
  });

  it("refuses an entry that inflates beyond the size its directory declares", async () => {
    const zip = new JSZip();
    zip.file("xl/sharedStrings.xml", new Uint8Array(5_000_000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Rewrite the central directory's uncompressed size to a lie of 100 bytes.
    for (let at = bytes.byteLength - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 100, true);
        break;
      }
    }
    expect(checkXlsxLimits(bytes)).toBe("too_large");
  });

  it("refuses a file above the file size limit and bytes that are no zip", () => {
    expect(checkXlsxLimits(new Uint8Array(xlsxLimits.fileBytes + 1))).toBe("too_large");
    expect(checkXlsxLimits(new TextEncoder().encode("not a zip at all, just some text here"))).toBe("not_xlsx");
    expect(checkXlsxLimits(new Uint8Array(0))).toBe("not_xlsx");
  });
});
