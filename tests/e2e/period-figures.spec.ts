import { expect, test } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { signInAs } from "./pages/login-page";

// Indicators a department reports only by quarter: the end-to-end run's demo database has two in
// the ICT industry field (tests/support/quarterly-indicators.ts), a total and its part.

const total = "Doanh thu công nghiệp công nghệ thông tin (báo cáo theo quý)";
const part = "Doanh thu phần mềm (báo cáo theo quý)";

test("a quarterly indicator is entered on its quarter's last month, with the month's checks, and saved for the quarter", async ({
  page,
}) => {
  await signInAs(page, "cntt");
  const entry = new EntryPage(page);

  // Not a quarter's last month: the page says when they are entered, and the month offers them not.
  await entry.open("2024-08", "ict_industry");
  await expect(page.getByTestId("period-wait-quarter")).toHaveText(
    "Chỉ tiêu báo cáo theo quý của lĩnh vực này được nhập ở tháng cuối quý (tháng 3, 6, 9, 12).",
  );
  await expect(entry.cell(total)).toHaveCount(0);

  await entry.open("2024-09", "ict_industry");
  const section = page.getByTestId("period-section-quarter");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Chỉ tiêu báo cáo theo quý: quý III/2024");
  await expect(page.getByTestId("entry-grid").getByRole("textbox", { name: total, exact: true })).toHaveCount(0);
  await expect(section.getByRole("columnheader", { name: "Quý trước" })).toBeVisible();

  // The part above its total is refused as a month's would be, at the cell and in the summary.
  await entry.cell(total).fill("120,5");
  await entry.cell(part).fill("130");
  await expect(entry.cellNotices("ict.test_quarterly_revenue")).toContainText("vượt quá tổng");
  await expect(section.getByRole("button", { name: "Lưu số liệu" })).toBeDisabled();
  await entry.cell(part).fill("80");
  await expect(entry.cellNotices("ict.test_quarterly_revenue")).toHaveCount(0);
  await section.getByRole("button", { name: "Lưu số liệu" }).click();
  await expect(section.getByTestId("save-status")).toHaveText("Đã lưu 2 số liệu.");

  await page.reload();
  await expect(entry.cell(total)).toHaveValue("120,5");
  await expect(entry.cell(part)).toHaveValue("80,0");
  await section.getByTestId("row-ict.test_quarterly_revenue").getByRole("button", { name: "Lịch sử" }).click();
  await expect(page.getByTestId("history-list")).toContainText("120,5");
  await expect(page.getByTestId("history-list")).toContainText("nhập trên trang");
  await page.getByRole("button", { name: "Đóng" }).click();

  // Its trend by quarter shows the quarter's figure.
  await page.goto("/indicators/ict.test_quarterly_revenue?period=2024-Q3&grain=quarter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(total);
  const chart = page.getByTestId("chart").first();
  await chart.getByRole("button", { name: "Xem dạng bảng" }).click();
  await expect(chart.getByRole("table")).toContainText("Quý III/2024");
  await expect(chart.getByRole("table")).toContainText("120,5");
});
