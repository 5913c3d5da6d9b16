import { expect, test } from "@playwright/test";
import { emptyPort } from "../../playwright.config";
import { LoginPage } from "./pages/login-page";

// A second server runs the same build on an empty database (see playwright.config.ts).
test.use({ baseURL: `http://localhost:${emptyPort}` });

test("a new installation asks for its organisation and administrator once, then signs them in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khởi tạo đơn vị");

  // A bad code is refused with a message, and nothing is created.
  const fill = async (code: string) => {
    await page.getByLabel("Mã đơn vị (viết thường, không dấu)").fill(code);
    await page.getByLabel("Tên cơ quan").fill("Sở Khoa học và Công nghệ");
    await page.getByLabel("Cơ quan chủ quản").fill("UBND tỉnh Cà Mau");
    await page.getByLabel("Địa danh").fill("Cà Mau");
    await page.getByLabel("Ký hiệu cơ quan trên văn bản").fill("SKHCN");
    await page.getByLabel("Tên đăng nhập quản trị").fill("quantri");
    await page.getByLabel("Mật khẩu quản trị (ít nhất 10 ký tự, không phải tên đăng nhập)").fill("mat-khau-ca-mau");
    await page.getByRole("button", { name: "Khởi tạo" }).click();
  };
  await page.getByLabel("Mã đơn vị (viết thường, không dấu)").evaluate((input) => input.removeAttribute("pattern"));
  await fill("Cà Mau");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);
  // React clears the form once the refused action settles, which may come after the message.
  await expect(page.getByLabel("Mã đơn vị (viết thường, không dấu)")).toHaveValue("");

  await fill("ca-mau-skhcn");
  await expect(page).toHaveURL(/\/login$/);
  await new LoginPage(page).signIn("quantri", "mat-khau-ca-mau");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
  await expect(page.getByText("Sở Khoa học và Công nghệ · UBND tỉnh Cà Mau")).toBeVisible();
  await expect(page.getByText(/^Chưa có số liệu/).first()).toBeVisible();

  // Once there is an organisation, the first-run page is gone.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});
