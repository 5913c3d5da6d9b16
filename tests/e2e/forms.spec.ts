import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ActionFormPart } from "./pages/action-form";
import { signInAs } from "./pages/login-page";

// A refused save keeps what was typed, says why beside each field (read with it by screen readers)
// and sums it up at the top, with links to the fields. Nothing here is saved.

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a refused account keeps what was typed: a short password, then a username already used", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const form = new ActionFormPart(page.getByTestId("user-new"));
  const username = form.root.getByLabel("Tên đăng nhập");
  const displayName = form.root.getByLabel("Họ tên");
  const role = form.root.getByLabel("Vai trò");
  const password = form.root.getByLabel("Mật khẩu");
  await username.fill("ke.toan.e2e");
  await displayName.fill("Kế toán (thử biểu mẫu)");
  await role.selectOption({ label: "Lãnh đạo Sở" });
  await password.fill("ngan");
  await form.root.getByRole("button", { name: "Thêm" }).click();

  await expect(form.summary()).toBeFocused();
  await expect(form.summary()).toContainText("Chưa lưu: hãy sửa các ô được nêu dưới đây.");
  await form.expectRefused(password, "Mật khẩu cần ít nhất 10 ký tự.");
  await form.expectAccepted(username);
  await expect(username).toHaveValue("ke.toan.e2e");
  await expect(displayName).toHaveValue("Kế toán (thử biểu mẫu)");
  await expect(role.locator("option:checked")).toHaveText("Lãnh đạo Sở");
  // The summary's link takes the focus to the field.
  await form.summary().getByRole("link", { name: "Mật khẩu: Mật khẩu cần ít nhất 10 ký tự." }).click();
  await expect(password).toBeFocused();
  expect(await violations(page)).toEqual([]);

  await username.fill("bcvt");
  await password.fill("mat-khau-du-dai-2026");
  await form.root.getByRole("button", { name: "Thêm" }).click();
  await form.expectRefused(username, "Giá trị này đã được dùng: hãy chọn giá trị khác.");
  await form.expectAccepted(password);
  await expect(password).toHaveValue("mat-khau-du-dai-2026");
  await expect(displayName).toHaveValue("Kế toán (thử biểu mẫu)");
  await expect(role.locator("option:checked")).toHaveText("Lãnh đạo Sở");
  await page.reload();
  await expect(page.getByText("Kế toán (thử biểu mẫu)")).toHaveCount(0);
});

test("refused targets keep every target typed, each refusal beside its indicator", async ({ page }) => {
  await signInAs(page, "vanphong");
  await page.goto("/entry/targets?year=2031");
  const form = new ActionFormPart(page.getByTestId("targets-form"));
  const [notNumber, tooLarge, fine] = [0, 1, 2].map((n) => form.root.getByRole("textbox").nth(n));
  await notNumber.fill("khoảng 12");
  await tooLarge.fill("999.999.999.999.999");
  await fine.fill("12,5");
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();

  await expect(form.summary()).toContainText("Chưa lưu");
  await form.expectRefused(notNumber, /^Không phải là số: viết như 1\.234,5/);
  await form.expectRefused(tooLarge, "Số quá lớn: phải nhỏ hơn 100.000.000.000.000 về trị tuyệt đối.");
  await form.expectAccepted(fine);
  await expect(notNumber).toHaveValue("khoảng 12");
  await expect(tooLarge).toHaveValue("999.999.999.999.999");
  await expect(fine).toHaveValue("12,5");
  expect(await violations(page)).toEqual([]);
});

test("a refused API token keeps the account and expiry chosen, and says the name is missing", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/tokens");
  const form = new ActionFormPart(page.getByTestId("token-form"));
  const account = form.root.getByLabel("Tài khoản");
  const expiry = form.root.getByLabel("Hết hạn sau");
  const name = form.root.getByLabel("Tên mã (mục đích sử dụng)");
  const chosen = (await account.locator("option").nth(1).textContent())!;
  await account.selectOption({ label: chosen });
  await expiry.selectOption({ label: "90 ngày" });
  await name.fill("   ");
  await form.root.getByRole("button", { name: "Tạo mã" }).click();

  await form.expectRefused(name, "Hãy điền ô này.");
  await expect(account.locator("option:checked")).toHaveText(chosen);
  await expect(expiry.locator("option:checked")).toHaveText("90 ngày");
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});
