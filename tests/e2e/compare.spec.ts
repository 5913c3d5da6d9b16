import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

test("a director given another province's figures compares the two provinces and opens the other's dashboard", async ({
  page,
}) => {
  await new LoginPage(page).signIn("giamdoc.hatinh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
  await expect(page.getByTestId("organisation-name")).toContainText("Hà Tĩnh");
  await expect(page.getByTestId("tile-tel.bts").getByTestId("tile-value")).toHaveText(/^\d\.\d{3}$/);
  await page.getByRole("link", { name: "So sánh đơn vị" }).click();
  await page.goto("/compare?indicator=tel.mobile_subscribers&period=2025");
  const table = page.getByTestId("comparison");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("Trên 100 dân");
  await expect(table.getByRole("row").nth(1)).toContainText("1");
  await expect(table).toContainText("Hà Tĩnh");
  const chart = page.getByTestId("chart");
  await expect(chart.locator("svg .recharts-bar-rectangle")).toHaveCount(2);
  await chart.getByRole("button", { name: "Xem dạng bảng" }).click();
  await expect(chart.getByRole("row").nth(1)).toContainText(/^1Sở Thông tin và Truyền thông · Hà Tĩnh/);
  await expect(page.getByTestId("compare-span")).toHaveCount(0);

  // The demo's figures end with the month before today (Vietnam's): this year's ranking is of its first months, and says so.
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number);
  if (month > 1) {
    await page.goto(`/compare?indicator=tel.mobile_subscribers&period=${year}`);
    await expect(page.getByTestId("compare-span")).toHaveText(
      month === 2 ? "Số liệu tháng 1" : `Số liệu ${month - 1} tháng đầu năm`,
    );
  }

  await page.goto("/?org=tra-vinh-stttt&period=2025-Q4");
  await expect(page.getByTestId("tile-tel.bts").getByTestId("tile-value")).toHaveText(/^\d\.\d{3}$/);
  await page.goto("/?org=some-other-org");
  await expect(page.getByText("Bạn không có quyền truy cập trang này.")).toBeVisible();
});

test("the ministry's viewer opens on what the provinces sent, never on a province's own figures", async ({ page }) => {
  await new LoginPage(page).signIn("bo");
  await expect(page).toHaveURL(/\/ministry/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo các tỉnh");
  const menu = page.getByRole("navigation", { name: "Menu chính" });
  for (const name of ["Tổng quan", "Nhập số liệu", "Báo cáo", "Lịch báo cáo", "So sánh đơn vị"])
    await expect(menu.getByRole("link", { name, exact: true })).toHaveCount(0);
  await page.goto("/?org=tra-vinh-stttt");
  await expect(page).toHaveURL(/\/ministry$/);
  await page.goto("/indicators/tel.bts?org=tra-vinh-stttt");
  await expect(page.getByText("Bạn không có quyền truy cập trang này.")).toBeVisible();
  await page.goto("/compare");
  await expect(page.getByText("Bạn không có quyền truy cập trang này.")).toBeVisible();
});
