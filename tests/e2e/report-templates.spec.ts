import { expect, test } from "@playwright/test";
import { signInAs } from "./pages/login-page";

// Uses the six-month templates, which no other spec drafts from, and gives them back their defaults.
test("the administrator edits one kind's templates: the help's example, a preview against a chosen period, a refused save that keeps the typing, save and reset", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/admin/templates");
  await expect(page.getByRole("link", { name: "Báo cáo tháng" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "Báo cáo 6 tháng" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\?kind=half/);
  await expect(page.getByRole("link", { name: "Báo cáo 6 tháng" })).toHaveAttribute("aria-current", "true");
  const origin = page.getByTestId("templates-origin");
  await expect(origin).toContainText("Đây là mẫu mặc định");

  await page.getByText("Cách viết câu mẫu").click();
  await expect(page.getByTestId("templates-syntax")).toContainText("Toàn tỉnh có 1.222 trạm BTS.");
  await expect(page.getByTestId("templates-syntax")).toContainText("vs_last_year");

  const section = page.getByTestId("template-section-0");
  const sentences = section.getByLabel("Câu mẫu (mỗi dòng một câu)");
  const good = "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][ và {tel.bts} trạm BTS[, {tel.bts|vs_last_year}]].";
  await sentences.fill(`${good}\nCó {tel.btss} trạm.`);
  await page.getByLabel("Xem trước với số liệu của kỳ").selectOption({ label: "06 tháng đầu năm 2023" });
  await section.getByRole("button", { name: "Xem trước" }).click();
  const preview = section.getByTestId("template-preview");
  await expect(preview.locator("li").nth(0)).toContainText(
    "Câu 1: Toàn tỉnh có 90.923 cột treo cáp và 1.222 trạm BTS, tăng 7,2% so với cùng kỳ.",
  );
  await expect(preview.locator("li").nth(0)).toContainText(
    "Số liệu nêu: Cột treo cáp, Trạm thu phát sóng thông tin di động (BTS)",
  );
  await expect(preview.locator("li").nth(1)).toContainText('Câu 2: lỗi: vị trí 4: không có chỉ tiêu "tel.btss"');

  await page.getByRole("button", { name: "Lưu mẫu" }).click();
  await expect(page.getByTestId("form-summary")).toContainText('câu 2, vị trí 4: không có chỉ tiêu "tel.btss"');
  // The problem is said under its section's sentences too, and read with them.
  await expect(sentences).toHaveAttribute("aria-invalid", "true");
  await expect(sentences).toHaveAccessibleDescription(/câu 2, vị trí 4: không có chỉ tiêu "tel\.btss"/);
  await expect(sentences).toHaveValue(`${good}\nCó {tel.btss} trạm.`);
  await expect(origin).toContainText("Đây là mẫu mặc định");

  await sentences.fill(good);
  await page.getByRole("button", { name: "Lưu mẫu" }).click();
  await expect(page.getByTestId("form-status")).toHaveText("Đã lưu.");
  await expect(origin).toHaveText("Đơn vị đang dùng mẫu riêng cho loại báo cáo này.");
  await page.reload();
  await expect(page.getByTestId("template-section-0").getByLabel("Câu mẫu (mỗi dòng một câu)")).toHaveValue(good);

  await page.getByRole("link", { name: "Báo cáo 9 tháng" }).click();
  await expect(page).toHaveURL(/kind=nine/);
  await expect(origin).toContainText("Đây là mẫu mặc định");

  await page.getByRole("link", { name: "Báo cáo 6 tháng" }).click();
  await page.getByRole("button", { name: "Khôi phục mẫu mặc định" }).click();
  await expect(origin).toContainText("Đây là mẫu mặc định");
  await expect(page.getByTestId("template-section-0").getByLabel("Câu mẫu (mỗi dòng một câu)")).not.toHaveValue(good);
});
