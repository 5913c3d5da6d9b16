import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { EntryPage } from "./pages/entry-page";
import { signInAs } from "./pages/login-page";

// The 2025 reform as people meet it (two levels of local government from 2025-07-01), and names,
// never internal codes, on pages and in file names.

const codes =
  /\b(?:tel|post|it|ps|dir|sec|ict|web|press|grass|insp|inv|ecom|org)\.[a-z_]+\b|tra-vinh-stttt|\b(?:postal|telecom|public_services)\b/;

async function visibleText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

test("the entry page offers district agencies up to June 2025 and not after; its total adds up without them", async ({
  page,
}) => {
  await signInAs(page, "cntt");
  const entry = new EntryPage(page);
  await entry.open("2025-06", "it");
  await expect(entry.row("it.ioffice_agencies_district")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await visibleText(page)).not.toMatch(codes);

  await entry.open("2025-07", "it");
  await expect(entry.row("it.ioffice_agencies_province")).toBeVisible();
  await expect(entry.row("it.ioffice_agencies_district")).toHaveCount(0);
  await expect(page.getByTestId("entry-grid")).toContainText("Tổng số xã, phường, đặc khu");
  // No row for the district level any more (only the total's note says since when).
  await expect(page.getByRole("textbox", { name: /huyện/ })).toHaveCount(0);
  await expect(entry.noteOf("it.ioffice_agencies")).toHaveValue(
    "Từ tháng 7/2025 không còn số liệu: Cơ quan cấp huyện sử dụng hệ thống.",
  );
  // From July 2025 the exhaustive total is province + commune: the demo's adds up, one more does not.
  const total = entry.cell("Cơ quan đơn vị sử dụng hệ thống quản lý văn bản và điều hành");
  const value = await total.inputValue();
  await total.fill(String(Number(value.replace(/\./g, "")) + 1));
  await expect(entry.cellNotices("it.ioffice_agencies").and(page.locator('[data-code="parts_not_sum"]'))).toHaveCount(
    1,
  );
  await total.fill(value);
  await expect(entry.cellNotices("it.ioffice_agencies")).toHaveCount(0);

  await entry.open("2025-06", "it");
  await expect(page.getByTestId("entry-grid")).toContainText("Tổng số xã, phường, thị trấn");
});

test("an indicator's page shows its name and field, not its code; a renamed one is named as of its period", async ({
  page,
}) => {
  await signInAs(page, "giamdoc");
  await page.goto("/indicators/tel.bts?period=2025-07");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trạm thu phát sóng thông tin di động (BTS)");
  await expect(page.locator("main")).toContainText("Tổng quan · Viễn thông");
  expect(await visibleText(page)).not.toMatch(codes);

  await page.goto("/indicators/it.communes_total?period=2025-06");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng số xã, phường, thị trấn");
  await page.goto("/indicators/it.communes_total?period=2025-Q3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng số xã, phường, đặc khu");

  await page.goto("/indicators/it.ioffice_agencies?period=2025-Q3");
  const download = page.waitForEvent("download");
  await page.getByTestId("chart").first().getByRole("button", { name: "Tải CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^Cơ quan đơn vị sử dụng hệ thống quản lý văn bản và điều hành - Tháng - quý III-2025\.csv$/,
  );
});

test("the month's Excel template is named in Vietnamese, its sheets after the fields, and imports back", async ({
  page,
}) => {
  await signInAs(page, "bcvt");
  await new EntryPage(page).open("2025-07", "postal");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải mẫu Excel của tháng" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Số liệu - tháng 7 năm 2025 - Sở Khoa học và Công nghệ Vĩnh Long.xlsx");
  const path = (await file.path())!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
  expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
    "Bưu chính",
    "Viễn thông",
  ]);

  await page.goto("/entry/import");
  await page.getByLabel("Tệp Excel đã điền").setInputFiles(path);
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText("Tệp không có thay đổi nào so với số liệu hiện có.")).toBeVisible();
  await expect(page.getByTestId("import-problems")).toHaveCount(0);
});

test("a chart that crosses the 2023 reform of online services marks where the classification changed", async ({
  page,
}) => {
  await signInAs(page, "giamdoc");
  await page.goto("/indicators/ps.services_total?period=2023-06&range=24");
  const notice = page.getByTestId("classification-change");
  await expect(notice).toContainText("Từ tháng 1 năm 2023, cách phân loại thay đổi");
  await expect(notice).toContainText("Thống kê đến tháng 12 năm 2022:");
  await expect(notice.getByRole("link", { name: "Dịch vụ công trực tuyến mức độ 3", exact: true })).toBeVisible();
  await expect(notice.getByRole("link", { name: "Dịch vụ công trực tuyến toàn trình", exact: true })).toBeVisible();
  await expect(page.getByTestId("chart").first().getByText("Đổi phân loại")).toBeVisible();
  expect(await visibleText(page)).not.toMatch(codes);

  await page.goto("/indicators/tel.bts?period=2023-06");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("classification-change")).toHaveCount(0);
});
