import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/imports/route";
import { db, disconnectDb } from "@/lib/db/client";
import { canMakeScans, scanOf } from "@/lib/history/make-scan";
import { ocrInstallCommand, ocrReady } from "@/lib/history/ocr";
import { seedDatabase } from "@/lib/seed/seed";
import { tokenFor } from "../support/api";

// A scanned report read back through POST /api/v1/imports: the test prints a report on A4 pages
// (Chromium), scans them at 300 dpi (pdftoppm) into a PNG and an image-only PDF, and the real
// Tesseract reads them. Nothing is mocked; .ci/run installs what it needs.

const report = [
  "BÁO CÁO Kết quả công tác thông tin và truyền thông tháng 6 năm 2023",
  "Toàn tỉnh hiện có 1.290 trạm thu, phát sóng thông tin di động (BTS).",
  "Cấp 49 Giấy phép xuất bản tài liệu không kinh doanh.",
  "Thanh tra, kiểm tra: xử phạt vi phạm hành chính 03 trường hợp, tiền xử phạt vi phạm hành chính 7.500.000 đồng.",
];

interface Reading {
  id: string;
  kind: string | null;
  period: string | null;
  candidates: { indicator: string; value: string; best: boolean; review: { state: string } }[];
}

function upload(token: string, file: File): Request {
  const form = new FormData();
  form.set("file", file);
  return new Request("http://localhost/api/v1/imports", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

const accepted = (reading: Reading) =>
  reading.candidates.filter((c) => c.review.state === "proposed").map((c) => `${c.indicator}=${c.value}`);

describe("a scanned report through /api/v1/imports", () => {
  let office = "";
  const created: string[] = [];

  beforeAll(async () => {
    expect(await ocrReady(), `OCR needs Tesseract with Vietnamese and poppler: ${ocrInstallCommand}`).toBe(true);
    expect(await canMakeScans(), "making scans needs Chromium and pdftoppm").toBe(true);
    await seedDatabase({ demo: true });
    office = await tokenFor("vanphong");
  });
  afterAll(async () => {
    await db().import.deleteMany({ where: { id: { in: created } } });
    await disconnectDb();
  });

  it("reads a scanned image and a PDF without a text layer into the same figures", async () => {
    const scan = await scanOf(report);
    const readings: Reading[] = [];
    for (const file of [
      new File([new Uint8Array(scan.png)], "bao-cao-quet.png", { type: "image/png" }),
      new File([new Uint8Array(scan.pdf)], "bao-cao-quet.pdf", { type: "application/pdf" }),
    ]) {
      const response = await createRoute(upload(office, file), {});
      expect(response.status, await response.clone().text()).toBe(201);
      readings.push((await response.json()) as Reading);
    }
    for (const reading of readings) {
      created.push(reading.id);
      expect([reading.kind, reading.period]).toEqual(["month", "2023-06"]);
      expect(accepted(reading)).toEqual(
        expect.arrayContaining(["tel.bts=1290", "press.publishing_licenses=49", "insp.fines_vnd=7500000"]),
      );
      expect(accepted(reading)).not.toContain("insp.fines_vnd=3");
    }
    const stored = await db().import.findUniqueOrThrow({
      where: { id: readings[1].id },
      select: { fileName: true, text: true },
    });
    expect(stored.fileName).toBe("bao-cao-quet.pdf");
    expect(stored.text).toContain("1.290 trạm");

    // Each page is kept: its text, and an image a browser shows (the PNG as uploaded, the PDF's page rendered small).
    for (const [reading, size] of [
      [readings[0], scan.png.byteLength],
      [readings[1], null],
    ] as const) {
      const pages = await db().importPage.findMany({ where: { importId: reading.id }, orderBy: { number: "asc" } });
      expect(pages.map((p) => p.number)).toEqual([1]);
      expect(pages[0].text).toContain("Giấy phép xuất bản");
      expect(pages[0].imageType).toBe("image/png");
      expect([...pages[0].image!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      if (size) expect(pages[0].image!.byteLength).toBe(size);
      else expect(pages[0].image!.byteLength).toBeLessThan(200_000);
    }
  }, 120_000);

  it("hears of each page OCR reads, for the upload page to show", async () => {
    const { textOfUpload } = await import("@/lib/imports/upload");
    const scan = await scanOf(report);
    const heard: string[] = [];
    const read = await textOfUpload({ file: new File([new Uint8Array(scan.pdf)], "quet.pdf") }, "vi", {
      onPage: (done, total) => heard.push(`${done}/${total}`),
    });
    expect(heard).toEqual(["0/1", "1/1"]);
    expect(read.pages).toHaveLength(1);
  }, 120_000);
});
