import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/export/xlsx/route";
import { disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

const table = {
  title: "Trạm BTS",
  description: "năm 2025",
  fileName: "Trạm BTS - năm 2025 - Hạng",
  header: ["Hạng", "Đơn vị", "Giá trị (trạm)"],
  kinds: ["integer", "text", "number"],
  decimals: 0,
  rows: [[1, "Hà Tĩnh", 1806]],
};
const post = (body: unknown, token?: string, language?: string) =>
  POST(apiRequest("/api/export/xlsx", { method: "POST", body, token, language }), {});

describe("chart tables as .xlsx", () => {
  let viewer: string;
  beforeAll(async () => {
    await seedDatabase({ demo: true });
    viewer = await tokenFor("bo");
  });
  afterAll(() => disconnectDb());

  it("gives any signed-in user the workbook of the table they send", async () => {
    const response = await post(table, viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Tram BTS - nam 2025 - Hang.xlsx"; filename*=UTF-8''${encodeURIComponent("Trạm BTS - năm 2025 - Hạng.xlsx")}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet("Trạm BTS")!.getRow(5).values).toEqual([undefined, 1, "Hà Tĩnh", 1806]);
  });

  it("refuses an unknown token, bad JSON and tables that do not add up, in the caller's language", async () => {
    expect((await post(table, "ictrd_not-a-token")).status).toBe(401);
    expect((await post("{not json", viewer)).status).toBe(400);
    const uneven = await post({ ...table, rows: [[1, "Hà Tĩnh"]] }, viewer, "en");
    expect(uneven.status).toBe(422);
    expect((await uneven.json()).error.message).toMatch(/[A-Za-z]/);
  });
});
