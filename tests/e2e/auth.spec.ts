import { expect, test } from "@playwright/test";
import { LoginPage, signInAs, signOut } from "./pages/login-page";

const demoUsers = [
  { username: "admin", role: "Quản trị viên", admin: true },
  { username: "vanphong", role: "Văn phòng (tổng hợp)", admin: false },
  { username: "giamdoc", role: "Lãnh đạo Sở", admin: false },
  { username: "bcvt", role: "Chuyên viên", admin: false },
  { username: "cntt", role: "Chuyên viên", admin: false },
];

for (const user of demoUsers) {
  test(`${user.username} signs in, sees real figures and signs out`, async ({ page }) => {
    await signInAs(page, user.username);
    await expect(page.getByText(user.role, { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("demo-banner")).toBeVisible();
    await expect(page.getByTestId("organisation-name")).toContainText("UBND tỉnh");
    const fibre = page.getByTestId("tile-tel.fiber_aerial_km").getByTestId("tile-value");
    await expect(fibre).toHaveText(/^\d{2}\.\d{3},\d{3}$/);
    await expect(page.getByTestId("tile-ps.services_full_rate").getByTestId("tile-value")).toHaveText(/^\d{2},\d{2}%$/);
    await expect(page.getByRole("link", { name: "Quản trị" })).toHaveCount(user.admin ? 1 : 0);
    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("the language switch persists for the user", async ({ page }) => {
  await signInAs(page, "giamdoc");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await expect(page.getByTestId("tile-tel.fiber_aerial_km").getByTestId("tile-value")).toHaveText(
    /^\d{2},\d{3}\.\d{3}$/,
  );
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
});

test("a wrong password is refused without telling whether the account exists", async ({ page }) => {
  const login = new LoginPage(page);
  await login.signIn("admin", "wrong-password");
  await expect(login.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login/);
  await login.signIn("no-such-user", "wrong-password");
  await expect(login.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
});

test("five wrong passwords for one account lock it out, and the page says how long to wait", async ({ page }) => {
  // Limits count per account: a username only this test uses, so no demo account other tests sign in with is locked.
  const login = new LoginPage(page);
  for (let attempt = 1; attempt < 5; attempt++) {
    await login.signIn("khoa-thu-e2e", `sai-mat-khau-${attempt}`);
    await expect(login.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await login.signIn("khoa-thu-e2e", "sai-mat-khau-5");
  await expect(login.error()).toHaveText(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/);
  await login.signIn("khoa-thu-e2e", "sai-mat-khau-6");
  await expect(login.error()).toHaveText(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/);
  await expect(page).toHaveURL(/\/login/);
});

test("an editor cannot open the administration", async ({ page }) => {
  await signInAs(page, "bcvt");
  await page.goto("/admin/users");
  await expect(page.getByText("Bạn không có quyền truy cập trang này.")).toBeVisible();
});

test("an admin creates an API token that the API accepts, then revokes it", async ({ page, request }) => {
  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await page.getByRole("link", { name: "Mã truy cập API" }).click();
  await page.getByLabel("Tên mã (mục đích sử dụng)").fill("e2e script");
  await page.getByRole("button", { name: "Tạo mã" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const ok = await request.get("/api/v1/indicators", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  await page.reload();
  const row = page.getByTestId("token-list").getByRole("row").filter({ hasText: "e2e script" });
  await row.getByRole("button", { name: "Thu hồi" }).click();
  await expect(row).toContainText("Đã thu hồi");
  const refused = await request.get("/api/v1/indicators", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});
