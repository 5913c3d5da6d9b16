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

  await expect(entry.cellNotices("post.revenue").first()).toContainText("cần ghi chú giải thích để lưu");
  await expect(entry.saveButton()).toBeDisabled();
  await entry.note(revenue).fill("Cao điểm thương mại điện tử");
  await expect(entry.cellNotices("post.revenue").first()).not.toContainText("cần ghi chú");
  await entry.saveButton().click();
  await expect(entry.status()).toHaveText("Đã lưu 2 số liệu.");

  await page.reload();
  await expect(entry.cell(enterprises)).toHaveValue("15");
  await expect(entry.cell(revenue)).toHaveValue("99,9");
  await expect(entry.note(revenue)).toHaveValue("Cao điểm thương mại điện tử");
  await entry.row("post.revenue").getByRole("button", { name: "Lịch sử" }).click();
  await expect(page.getByTestId("history-list")).toContainText("99,9");
  await expect(page.getByTestId("history-list")).toContainText("nhập trên trang");
  await page.getByRole("button", { name: "Đóng" }).click();
  await signOut(page);

  await signInAs(page, "vanphong");
  await entry.open(month, "postal");
  await entry.lockMonth();
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
  await expect(entry.cellNotices("post.service_points")).toHaveAttribute("data-code", "parts_exceed_total");
  await expect(entry.saveButton()).toBeDisabled();
});

test("a check's message sits at its cell, and the summary's link focuses that cell", async ({ page }) => {
  await signInAs(page, "bcvt");
  const entry = new EntryPage(page);
  await entry.open("2023-06", "postal");
  await entry.valueOf("post.enterprises").fill("14,5");
  const notice = entry.cellNotices("post.enterprises");
  await expect(notice).toHaveText('"Doanh nghiệp tổ chức hoạt động bưu chính" phải là số nguyên.');
  await expect(entry.valueOf("post.enterprises")).toHaveAccessibleDescription(
    '"Doanh nghiệp tổ chức hoạt động bưu chính" phải là số nguyên.',
  );

  await entry.valueOf("post.offices").fill("500");
  await expect(entry.cellNotices("post.service_points")).toContainText("vượt quá tổng");
  await entry
    .summary()
    .getByRole("link", { name: /vượt quá tổng/ })
    .click();
  await expect(entry.valueOf("post.service_points")).toBeFocused();
  await entry
    .summary()
    .getByRole("link", { name: /phải là số nguyên/ })
    .click();
  await expect(entry.valueOf("post.enterprises")).toBeFocused();
});

test("small counts move without a note; a real jump sends the user to its note", async ({ page }) => {
  await signInAs(page, "cntt");
  const entry = new EntryPage(page);
  await entry.open("2026-09", "it");
  await expect(page.getByTestId("change-rule")).toContainText("hơn 50%");
  await expect(page.getByTestId("change-rule")).toContainText("24 tháng trước");

  // A handful of meetings becoming ten more is more than 50 % but no jump.
  const meetings = Math.min(
    await entry.shown("it.mcu_meetings", "previous"),
    await entry.shown("it.mcu_meetings", "last-year"),
  );
  await entry.valueOf("it.mcu_meetings").fill(String(meetings + 10));
  await expect(entry.cellNotices("it.mcu_meetings")).toHaveCount(0);
  await expect(entry.saveButton()).toBeEnabled();

  // Ten times the documents of last month is far outside the last 24 months: Enter goes to the note.
  const documents = await entry.shown("it.edocs_issued", "previous");
  await entry.valueOf("it.edocs_issued").fill(String(documents * 10));
  await entry.valueOf("it.edocs_issued").press("Enter");
  await expect(entry.noteOf("it.edocs_issued")).toBeFocused();
  await expect(entry.cellNotices("it.edocs_issued").first()).toContainText(
    "ngoài khoảng thường gặp của 24 tháng trước",
  );
  await expect(entry.saveButton()).toBeDisabled();
  await page.keyboard.type("Thêm văn bản của cấp xã");
  await expect(entry.saveButton()).toBeEnabled();
  // Enter in a note moves on to the next value.
  await page.keyboard.press("Enter");
  await expect(entry.valueOf("it.edocs_signed")).toBeFocused();
  // The summary's link for a jump waiting for its note focuses the note.
  await entry.noteOf("it.edocs_issued").fill("");
  await entry
    .summary()
    .getByRole("link", { name: /Văn bản điện tử phát hành/ })
    .first()
    .click();
  await expect(entry.noteOf("it.edocs_issued")).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("each indicator is a card with its value, estimate and note, last month and last year below", async ({
    page,
  }) => {
    await signInAs(page, "bcvt");
    const entry = new EntryPage(page);
    await entry.open("2023-06", "postal");
    const card = entry.card("post.enterprises");
    const box = (await card.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    for (const part of [
      entry.valueOf("post.enterprises"),
      entry.noteOf("post.enterprises"),
      card.getByRole("checkbox"),
      card.getByText("Tháng trước"),
      card.getByText("Cùng kỳ năm trước"),
    ]) {
      await expect(part).toBeVisible();
      const inside = (await part.boundingBox())!;
      expect(inside.x + inside.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    // Last month and last year sit below the value, not beside it.
    const value = (await entry.valueOf("post.enterprises").boundingBox())!;
    expect((await card.getByText("Tháng trước").boundingBox())!.y).toBeGreaterThan(value.y + value.height);
    // The next indicator is the next card, below.
    expect((await entry.card("post.service_points").boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height);
    expect(await page.getByTestId("entry-grid").evaluate((grid) => grid.scrollWidth)).toBeLessThanOrEqual(390);
    await entry.valueOf("post.enterprises").fill("15");
    await expect(page.getByText("1 ô đã sửa, chưa lưu")).toBeVisible();
  });
});

test("submitting says what was sent; locking names the units that have not submitted; the board explains itself", async ({
  page,
}) => {
  const entry = new EntryPage(page);
  await signInAs(page, "bcvt");
  await entry.open("2026-08", "postal");
  await page.getByRole("button", { name: "Gửi số liệu tháng" }).click();
  await expect(page.getByTestId("workflow-message")).toContainText(
    /^Đã gửi số liệu tháng 08\/2026 của Phòng Bưu chính - Viễn thông: đã nhập \d+\/\d+ chỉ tiêu\.$/,
  );
  await expect(entry.monthStatus()).toHaveText("Đã gửi");
  await signOut(page);

  await signInAs(page, "vanphong");
  await entry.open("2026-08", "postal");
  let dialog = await entry.askToLock();
  await expect(dialog.getByRole("heading")).toHaveText("Khóa số liệu tháng 08/2026?");
  const pending = await dialog.getByTestId("units-not-submitted").getByRole("listitem").allInnerTexts();
  expect(pending.sort()).toEqual(
    [
      "Phòng Công nghệ thông tin",
      "Phòng Thông tin - Báo chí - Xuất bản",
      "Thanh tra",
      "Trung tâm Công nghệ thông tin và Truyền thông",
      "Văn phòng",
    ].sort(),
  );
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(dialog).toBeHidden();
  await expect(entry.monthStatus()).toHaveText("Đang nhập");
  dialog = await entry.askToLock();
  await dialog.getByRole("button", { name: "Khóa tháng" }).click();
  await expect(entry.monthStatus()).toHaveText("Đã khóa");

  await page.getByRole("link", { name: "Tình hình nộp số liệu" }).click();
  const legend = page.getByTestId("status-legend");
  for (const mark of ["Đang nhập", "Đã gửi", "Đã khóa", "Quá hạn"])
    await expect(legend.getByText(mark, { exact: true })).toBeVisible();
  const cell = page.getByRole("link", { name: /^Phòng Bưu chính - Viễn thông, T8\/2026: Đã khóa/ });
  await expect(cell).toHaveAttribute("href", "/entry?month=2026-08&field=postal");
  await cell.click();
  await expect(page).toHaveURL(/\/entry\?month=2026-08&field=postal$/);
  await expect(page.getByTestId("locked-notice")).toBeVisible();
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
