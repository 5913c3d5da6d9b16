import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signInAs } from "./pages/login-page";

test("a director reads nine months, opens an indicator, downloads its data and shares the view", async ({ page }) => {
  await signInAs(page, "giamdoc");
  await expect(page.getByTestId("tile-ps.dossiers_received")).toContainText("so với kỳ trước");

  await page.getByLabel("Năm").selectOption("2023");
  await expect(page).toHaveURL(/period=2023-\d\d/);
  await page.getByLabel("Loại kỳ").selectOption("nine");
  await expect(page).toHaveURL(/period=2023-9M/);
  await expect(page.getByTestId("period-title")).toHaveText("9 tháng đầu năm 2023");
  const dossiers = page.getByTestId("tile-ps.dossiers_received");
  await expect(dossiers.getByTestId("tile-value")).toHaveText(/^\d{3}\.\d{3}$/);
  await expect(dossiers).toContainText("so với cùng kỳ");
  // Nine months have no period of their own before them: only the same period last year.
  await expect(dossiers).not.toContainText("so với kỳ trước");

  await dossiers.click();
  await expect(page).toHaveURL(/\/indicators\/ps\.dossiers_received\?period=2023-9M/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ tiếp nhận");
  await expect(page.getByTestId("indicator-relations")).toContainText("Hồ sơ tiếp nhận trực tuyến");
  await page.getByRole("link", { name: "Lũy kế từ đầu năm" }).click();
  await expect(page).toHaveURL(/grain=ytd/);

  const chart = page.getByTestId("chart").first();
  const csvDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải CSV" }).click();
  const csv = readFileSync((await (await csvDownload).path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0]).toBe("Kỳ,Giá trị (hồ sơ),Cùng kỳ năm trước,Kế hoạch,Ước tính");
  expect(lines).toHaveLength(25);
  expect(lines.at(-1)).toMatch(/^2023-09,\d+,\d+,/);

  const xlsxDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải Excel" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await xlsxDownload).path())!);
  const sheet = workbook.getWorksheet("data")!;
  expect(sheet.getCell("A1").value).toBe("Diễn biến: Hồ sơ tiếp nhận");
  expect(sheet.getRow(4).values).toEqual([undefined, "Kỳ", "Giá trị (hồ sơ)", "Cùng kỳ năm trước", "Kế hoạch", "Ước tính"]);
  expect(sheet.getCell("A28").value).toBe("2023-09");
  expect(sheet.getCell("B28").value).toBe(Number(lines.at(-1)!.split(",")[1]));

  const pngDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải PNG" }).click();
  const png = readFileSync((await (await pngDownload).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5000);

  const shared = page.url();
  await page.goto("/");
  await page.goto(shared);
  await expect(page).toHaveURL(shared);
  await expect(page.getByRole("link", { name: "Lũy kế từ đầu năm" })).toHaveAttribute("aria-current", "true");
  await chart.getByRole("button", { name: "Xem dạng bảng" }).click();
  await expect(chart.getByRole("table")).toContainText("T9/2023");
});

test("a field's view shows trends and breakdowns, with an empty state for periods without figures", async ({ page }) => {
  await signInAs(page, "giamdoc");
  await page.goto("/?period=2023-Q2&field=public_services");
  await expect(page.getByText("Cơ cấu: Hồ sơ tiếp nhận")).toBeVisible();
  await expect(page.getByTestId("chart")).not.toHaveCount(0);
  await page.goto("/?period=2019-Q1&field=postal");
  await expect(page.getByTestId("field-postal")).toContainText("Chưa có số liệu quý I/2019.");
  await expect(page.getByTestId("field-postal").getByRole("link", { name: "Nhập số liệu" })).toBeVisible();
  await page.goto("/?period=garbage&field=nope&grain=week");
  await expect(page.getByTestId("tile-tel.bts")).toBeVisible();
});
