import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { HistoryPage, seedReport } from "./pages/history-page";
import { signInAs } from "./pages/login-page";

// The dashboards are read on phones and with screen readers: no WCAG A/AA violation that axe finds.
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the sign-in page has no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the director's dashboards have no accessibility violations", async ({ page }) => {
  await signInAs(page, "giamdoc");
  for (const path of [
    "/",
    "/?field=public_services&period=2025-9M",
    "/indicators/ps.dossiers_received",
    "/indicators/ps.dossiers_online_rate",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations(page), path).toEqual([]);
  }
});

test("the comparison of provinces has no accessibility violations", async ({ page }) => {
  await signInAs(page, "giamdoc.hatinh");
  await page.goto("/compare?indicator=tel.mobile_subscribers&period=2025");
  await expect(page.getByTestId("chart")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await violations(page)).toEqual([]);
});

test("data entry and the reports list have no accessibility violations", async ({ page }) => {
  await signInAs(page, "vanphong");
  for (const path of ["/entry", "/entry/status", "/entry/targets", "/reports", "/calendar"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations(page), path).toEqual([]);
  }
});

test("the administration pages have no accessibility violations", async ({ page }) => {
  await signInAs(page, "admin");
  for (const path of ["/admin/organisation", "/admin/units", "/admin/users", "/admin/tokens", "/admin/templates"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations(page), path).toEqual([]);
  }
});

test("data entry on a phone, its check messages and the lock's confirmation have no accessibility violations", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "vanphong");
  await page.goto("/entry?month=2023-06&field=postal");
  await page.getByRole("textbox", { name: "Bưu cục", exact: true }).fill("500");
  await expect(page.getByTestId("check-issues")).toBeVisible();
  expect(await violations(page), "phone").toEqual([]);
  await page.getByRole("button", { name: "Khóa tháng" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await violations(page), "lock dialog").toEqual([]);
});

test("figures from past reports, on a phone: the upload page with a reading and the review have no accessibility violations", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "vanphong");
  const history = new HistoryPage(page);
  await history.open();
  await history.read([seedReport]);
  await expect(history.results().first()).toContainText("số liệu đề xuất");
  expect(await violations(page), "/entry/history").toEqual([]);
  await history.results().first().getByRole("link", { name: "Xem lại và áp dụng" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem lại số liệu từ báo cáo");
  await page.waitForLoadState("networkidle");
  expect(await violations(page), "/entry/history/[id]").toEqual([]);
});
