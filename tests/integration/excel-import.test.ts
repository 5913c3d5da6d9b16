import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { db, disconnectDb } from "@/lib/db/client";
import { buildEntryTemplate } from "@/lib/excel/entry-workbook";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/seed/seed";
import { findValues } from "@/lib/values/data";
import { changesToValues, previewImport } from "@/lib/values/import";
import { saveMonthValues } from "@/lib/values/mutations";

const period = "2024-02";
const yearMonth = 202402;

describe("Excel import", () => {
  let editor: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    const { id } = await db().user.findUniqueOrThrow({ where: { username: "bcvt" }, select: { id: true } });
    editor = (await getSessionUserById(id))!;
  });
  afterAll(() => disconnectDb());

  async function template(): Promise<ExcelJS.Workbook> {
    const [fields, indicators, values] = await Promise.all([
      findFields(),
      findIndicators(),
      findValues({ organisationId: editor.organisationId, months: [yearMonth] }),
    ]);
    const buffer = await buildEntryTemplate({
      org: editor.organisationCode,
      period,
      locale: "vi",
      fields: fields.filter((f) => editor.fieldCodes.includes(f.code)),
      indicators,
      current: new Map(values.map((v) => [v.indicator, v])),
      previous: new Map(),
      lastYear: new Map(),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    return workbook;
  }

  function setValue(workbook: ExcelJS.Workbook, sheet: string, code: string, value: ExcelJS.CellValue): number {
    const ws = workbook.getWorksheet(sheet)!;
    let found = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === code) {
        row.getCell(6).value = value;
        found = n;
      }
    });
    return found;
  }

  const bytes = async (workbook: ExcelJS.Workbook) =>
    new Uint8Array(await workbook.xlsx.writeBuffer()).buffer as ArrayBuffer;
  const preview = async (workbook: ExcelJS.Workbook) =>
    previewImport({
      actor: editor,
      organisationId: editor.organisationId,
      org: editor.organisationCode,
      data: await bytes(workbook),
      locale: "vi",
    });

  it("round-trips the template: unchanged figures are no change", async () => {
    const result = await preview(await template());
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.period).toBe(period);
  });

  it("previews every change and every problem with its sheet and row, and applies all or nothing", async () => {
    const workbook = await template();
    const btsRow = setValue(workbook, "Viễn thông", "tel.bts", 1999);
    const textRow = setValue(workbook, "Viễn thông", "tel.cable_cabinets", "nhiều");
    const result = await preview(workbook);
    expect(result.changes).toEqual([
      expect.objectContaining({ sheet: "Viễn thông", row: btsRow, indicator: "tel.bts", newValue: "1999" }),
    ]);
    expect(result.problems).toEqual(
      expect.arrayContaining([{ sheet: "Viễn thông", row: textRow, message: '"nhiều" không phải là số.' }]),
    );
  });

  it("changes nothing when the import fails a check", async () => {
    const workbook = await template();
    setValue(workbook, "Viễn thông", "tel.bts", 1999);
    setValue(workbook, "Bưu chính", "post.offices", 9999);
    const result = await preview(workbook);
    const totalRow = setValue(workbook, "Bưu chính", "post.service_points", 0);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Bưu chính",
          row: totalRow,
          message: expect.stringContaining("vượt quá tổng"),
        }),
      ]),
    );
    const before = await db().monthValue.findMany({
      where: { organisationId: editor.organisationId, yearMonth },
      select: { indicatorCode: true, value: true, version: true },
    });
    const attempt = saveMonthValues({
      actor: editor,
      organisationId: editor.organisationId,
      yearMonth,
      values: changesToValues(result.changes),
      locale: "vi",
      source: "import",
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "invalid" });
    const after = await db().monthValue.findMany({
      where: { organisationId: editor.organisationId, yearMonth },
      select: { indicatorCode: true, value: true, version: true },
    });
    expect(after).toEqual(before);
    expect(await db().valueAudit.count({ where: { organisationId: editor.organisationId, yearMonth } })).toBe(0);
  });

  it("applies a clean import with audit rows marked as imports", async () => {
    const workbook = await template();
    setValue(workbook, "Viễn thông", "tel.bts", 1250);
    const result = await preview(workbook);
    expect(result.problems).toEqual([]);
    const saved = await saveMonthValues({
      actor: editor,
      organisationId: editor.organisationId,
      yearMonth,
      values: changesToValues(result.changes),
      locale: "vi",
      source: "import",
    });
    expect(saved.saved).toBe(1);
    const audit = await db().valueAudit.findFirstOrThrow({
      where: { organisationId: editor.organisationId, yearMonth, indicatorCode: "tel.bts" },
      select: { source: true, newValue: true },
    });
    expect(audit).toMatchObject({ source: "import" });
    expect(audit.newValue?.toString()).toBe("1250");
  });

  it("refuses another organisation's file and fields the editor does not own", async () => {
    const workbook = await template();
    workbook.getWorksheet("info")!.getCell("B1").value = "ha-tinh-stttt";
    workbook.addWorksheet("it").addRows([["Mã"], ["it.edocs_issued", "", "", null, null, 5]]);
    const result = await preview(workbook);
    expect(result.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(["Tệp là mẫu của một đơn vị khác.", "Bạn không được nhập chỉ tiêu it.edocs_issued."]),
    );
    expect(result.problems.find((p) => p.message === "Tệp là mẫu của một đơn vị khác.")).toMatchObject({
      sheet: "",
      row: 0,
    });
  });

  it("refuses a district figure after June 2025, in a file and in a save, and lets one be cleared", async () => {
    const { id } = await db().user.findUniqueOrThrow({ where: { username: "cntt" }, select: { id: true } });
    const itEditor = (await getSessionUserById(id))!;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("info").addRows([
      ["org", itEditor.organisationCode],
      ["period", "2025-07"],
    ]);
    workbook
      .addWorksheet("Ứng dụng công nghệ thông tin")
      .addRows([["Mã"], ["it.ioffice_agencies_district", "", "", null, null, 300]]);
    const result = await previewImport({
      actor: itEditor,
      organisationId: itEditor.organisationId,
      org: itEditor.organisationCode,
      data: await bytes(workbook),
      locale: "vi",
    });
    expect(result.problems).toEqual([
      {
        sheet: "Ứng dụng công nghệ thông tin",
        row: 2,
        message: "Chỉ tiêu it.ioffice_agencies_district không báo cáo trong tháng này.",
      },
    ]);
    const save = (value: string | null) =>
      saveMonthValues({
        actor: itEditor,
        organisationId: itEditor.organisationId,
        yearMonth: 202507,
        values: [{ indicator: "it.ioffice_agencies_district", value }],
        locale: "vi",
      });
    await expect(save("300")).rejects.toMatchObject({
      code: "invalid",
      details: [{ indicator: "it.ioffice_agencies_district", code: "not_reported" }],
    });
    await expect(save(null)).resolves.toMatchObject({ saved: 0 });
  });
});
