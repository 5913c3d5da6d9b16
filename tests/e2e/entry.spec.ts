import { expect, test } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { signInAs, signOut } from "./pages/login-page";

const month = "2026-10";
const enterprises = "Doanh nghiệp tổ chức hoạt động bưu chính";
const revenue = "Doanh thu dịch vụ bưu chính chuyển phát";

test("an editor enters a month by keyboard, explains a jump, saves; the office locks it", async ({ page }) => {
  await signInAs(page, "bcvt");
  const entry = new EntryPage(page);
  await entry.open(month, "postal");

  await entry.cell(enterprises).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("15");
  for (let i = 0; i < 7; i++) await page.keyboard.press("Enter");
  await expect(entry.cell(revenue)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("99,9");

  await expect(page.locator('[data-code="jump"]').first()).toContainText("cần ghi chú giải thích để lưu");
  await expect(entry.saveButton()).toBeDisabled();
  await entry.note(revenue).fill("Cao điểm thương mại điện tử");
  await expect(page.locator('[data-code="jump"]').first()).not.toContainText("cần ghi chú");
  await entry.saveButton().click();
  await expect(entry.status()).toHaveText("Đã lưu 2 số liệu.");

  await page.reload();
  await expect(entry.cell(enterprises)).toHaveValue("15");
  await expect(entry.cell(revenue)).toHaveValue("99,9");
  await expect(entry.note(revenue)).toHaveValue("Cao điểm thương mại điện tử");
  await entry.row("post.revenue").getByRole("button", { name: "Lịch sử" }).click();
  await expect(page.getByTestId("history-list")).toContainText("99,9");
  await page.getByRole("button", { name: "Đóng" }).click();
  await signOut(page);

  await signInAs(page, "vanphong");
  await entry.open(month, "postal");
  await page.getByRole("button", { name: "Khóa tháng" }).click();
  await expect(page.getByTestId("month-status")).toHaveText("Đã khóa");
  await signOut(page);

  await signInAs(page, "bcvt");
  await entry.open(month, "postal");
  await expect(page.getByTestId("locked-notice")).toBeVisible();
  await expect(entry.cell(enterprises)).toBeDisabled();
  await expect(entry.saveButton()).toHaveCount(0);
});

test("the share of fully-online services is computed, 56,89% in June 2023, never typed", async ({ page }) => {
  await signInAs(page, "cntt");
  const entry = new EntryPage(page);
  await entry.open("2023-06", "public_services");
  await expect(entry.row("ps.services_full_rate").getByTestId("computed")).toContainText("56,89%");
  await expect(entry.row("ps.services_full_rate").getByRole("textbox")).toHaveCount(0);
  await entry.cell("Dịch vụ công trực tuyến toàn trình").fill("1.100");
  await expect(entry.row("ps.services_full_rate").getByTestId("computed")).toContainText("59,20%");
});

test("parts that exceed their total are refused as staff type", async ({ page }) => {
  await signInAs(page, "bcvt");
  const entry = new EntryPage(page);
  await entry.open("2023-06", "postal");
  await entry.cell("Bưu cục").fill("500");
  await expect(page.locator('[data-code="parts_exceed_total"]')).toBeVisible();
  await expect(entry.saveButton()).toBeDisabled();
});

test("a column pasted from Excel fills the cells below", async ({ page }) => {
  await signInAs(page, "bcvt");
  const entry = new EntryPage(page);
  await entry.open("2023-05", "postal");
  await entry.cell(enterprises).focus();
  await entry.cell(enterprises).evaluate((input) => {
    const data = new DataTransfer();
    data.setData("text/plain", "14\r\n270\r\n55\r\n85\r\n130\r\n");
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(entry.cell("Điểm phục vụ bưu chính")).toHaveValue("270");
  await expect(entry.cell("Điểm phục vụ hình thức khác")).toHaveValue("130");
  await expect(page.locator('[data-code="parts_not_sum"]')).toHaveCount(0);
});
