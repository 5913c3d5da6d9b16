import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { db, disconnectDb } from "@/lib/db/client";
import { buildEntryTemplate } from "@/lib/excel/entry-workbook";
import { xlsxLimits } from "@/lib/excel/zip-limits";
import { seedDatabase } from "@/lib/seed/seed";
import { importLimitsText, previewImport } from "@/lib/values/import";

describe("Excel import limits", () => {
  let editor: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    const { id } = await db().user.findUniqueOrThrow({ where: { username: "bcvt" }, select: { id: true } });
    editor = (await getSessionUserById(id))!;
  });
  afterAll(() => disconnectDb());

  const preview = (data: Uint8Array) =>
    previewImport({
      actor: editor,
      organisationId: editor.organisationId,
      org: editor.organisationCode,
      data: data.slice().buffer as ArrayBuffer,
      locale: "en",
    });

  it("refuses a small zip that unpacks beyond the limit before ExcelJS reads it, saying the limits", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(xlsxLimits.unpackedBytes + 1));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    const result = await preview(bomb);
    expect(result.problems).toEqual([{ sheet: "", row: 0, message: importLimitsText("en") }]);
    expect(importLimitsText("en")).toContain(String(xlsxLimits.unpackedBytes / 1_000_000));
    expect(result.changes).toEqual([]);
  });

  it("refuses a value the column cannot hold, naming the limit", async () => {
    const [fields, indicators] = await Promise.all([findFields(), findIndicators()]);
    const buffer = await buildEntryTemplate({
      org: editor.organisationCode,
      period: "2024-02",
      locale: "en",
      fields: fields.filter((f) => editor.fieldCodes.includes(f.code)),
      indicators,
      current: new Map(),
      previous: new Map(),
      lastYear: new Map(),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    workbook.getWorksheet("Telecommunications")!.eachRow((row) => {
      if (row.getCell(1).value === "tel.bts") row.getCell(6).value = "123456789012345";
    });
    const result = await preview(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Telecommunications",
          message: expect.stringContaining("100,000,000,000,000"),
        }),
      ]),
    );
  });
});
