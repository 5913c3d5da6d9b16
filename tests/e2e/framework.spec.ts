import { expect, test, type Page } from "@playwright/test";
import { LoginPage, signInAs } from "./pages/login-page";

/** Errors in the browser's console, hydration mismatches (React 418) included. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

test("the sign-in page and the main pages load without a console error, each with its title", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await new LoginPage(page).open();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle("Đăng nhập · ICT Report Desk");
  expect(errors).toEqual([]);

  await signInAs(page, "vanphong");
  const pages = [
    ["/", "Tổng quan"],
    ["/entry", "Nhập số liệu"],
    ["/entry/status", "Tình hình nộp số liệu"],
    ["/reports", "Báo cáo"],
    ["/calendar", "Lịch báo cáo"],
    ["/indicators/tel.bts", "Trạm thu phát sóng thông tin di động (BTS)"],
  ];
  for (const [path, title] of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveTitle(`${title} · ICT Report Desk`);
  }
  expect(errors).toEqual([]);
});

test("an unknown address gets a translated not-found page", async ({ page }) => {
  await signInAs(page, "giamdoc");
  const response = await page.goto("/khong-co-trang-nay");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page).toHaveTitle("Không tìm thấy trang · ICT Report Desk");
  await page.getByRole("link", { name: "Về trang Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");

  await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.goto("/indicators/no.such.indicator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the favicon and icon are served without signing in", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
  }
  await new LoginPage(page).open();
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /^\/icon\.svg/);
});
