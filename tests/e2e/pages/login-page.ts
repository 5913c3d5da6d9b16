import { expect, type Page } from "@playwright/test";

export const demoPassword = "demo1234";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/login");
  }

  async signIn(username: string, password = demoPassword) {
    await this.open();
    await this.page.getByLabel("Tên đăng nhập").fill(username);
    await this.page.getByLabel("Mật khẩu").fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập" }).click();
  }

  error() {
    return this.page.getByTestId("login-error");
  }
}

/** Signs in through the form and waits for the overview. */
export async function signInAs(page: Page, username: string) {
  await new LoginPage(page).signIn(username);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
}
