import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { emptyPort } from "../../playwright.config";
import { runCli } from "../support/cli";
import { LoginPage } from "./pages/login-page";

// A second server runs the same build on an empty database (see playwright.config.ts).
test.use({ baseURL: `http://localhost:${emptyPort}` });

/** A new set-up code for the empty database, as an operator gets one: `npm run setup:code`. */
async function issueSetupCode(): Promise<string> {
  const { stdout } = await runCli("setup-code.ts", [], { DATABASE_URL: process.env.E2E_EMPTY_DATABASE_URL! });
  return /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(stdout)![1];
}

test("a new installation asks for the set-up code, its organisation and administrator once, then signs them in", async ({
  page,
}) => {
  const setupCode = await issueSetupCode();
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khởi tạo đơn vị");
  const codeField = page.getByLabel("Mã khởi tạo", { exact: true });
  await expect(codeField).toHaveAccessibleDescription(/npm start.*npm run setup:code/);

  const fill = async (code: string, organisationCode: string) => {
    await codeField.fill(code);
    await page.getByLabel("Mã đơn vị (viết thường, không dấu)").fill(organisationCode);
    await page.getByLabel("Tên cơ quan").fill("Sở Khoa học và Công nghệ");
    await page.getByLabel("Cơ quan chủ quản").fill("UBND tỉnh Cà Mau");
    await page.getByLabel("Địa danh").fill("Cà Mau");
    await page.getByLabel("Ký hiệu cơ quan trên văn bản").fill("SKHCN");
    await page.getByLabel("Tên đăng nhập quản trị").fill("quantri");
    await page.getByLabel("Mật khẩu quản trị (ít nhất 10 ký tự, không phải tên đăng nhập)").fill("mat-khau-ca-mau");
    await page.getByRole("button", { name: "Khởi tạo" }).click();
  };
  const summary = page.getByTestId("form-summary");

  // A wrong set-up code is refused in Vietnamese, and nothing is created; what was typed stays.
  await fill("ABCD-EFGH-JKMN", "ca-mau-skhcn");
  await expect(summary).toContainText("Mã khởi tạo không đúng hoặc đã được dùng, chưa có gì được tạo.");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(codeField).toHaveValue("ABCD-EFGH-JKMN");
  await expect(page.getByLabel("Tên đăng nhập quản trị")).toHaveValue("quantri");
  expect(
    await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa"])
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);

  // A bad organisation code is refused beside it, and nothing is created (nor the set-up code used).
  const organisationCode = page.getByLabel("Mã đơn vị (viết thường, không dấu)");
  await fill(setupCode, "Cà Mau");
  await expect(summary).toContainText("Chưa lưu: hãy sửa các ô được nêu dưới đây.");
  await expect(organisationCode).toHaveAccessibleDescription("Chữ thường không dấu, số và dấu -, VD: vinh-long-skhcn.");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(organisationCode).toHaveValue("Cà Mau");

  // The code as printed, typed in lower case without its dashes.
  await fill(setupCode.replace(/-/g, "").toLowerCase(), "ca-mau-skhcn");
  await expect(page).toHaveURL(/\/login$/);
  await new LoginPage(page).signIn("quantri", "mat-khau-ca-mau");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
  await expect(page.getByText("Sở Khoa học và Công nghệ · UBND tỉnh Cà Mau")).toBeVisible();
  await expect(page.getByText(/^Chưa có số liệu/).first()).toBeVisible();

  // Once there is an organisation, the first-run page is gone.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});
