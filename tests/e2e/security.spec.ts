import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages/login-page";

/** Console messages about the Content Security Policy (a blocked script, style, image...). */
function collectCspViolations(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) messages.push(`${page.url()}: ${message.text()}`);
  });
  return messages;
}

test("pages carry the security headers and a nonce policy that blocks nothing of the app's own", async ({ page }) => {
  const violations = collectCspViolations(page);
  const login = await page.goto("/login");
  const headers = login!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toBeUndefined();
  const policy = headers["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  // Next puts the request's nonce on its own scripts.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(await page.locator("script:not([nonce])").count()).toBe(0);
  expect((await page.goto("/login"))!.headers()["content-security-policy"]).not.toContain(nonce);

  await signInAs(page, "admin");
  const pages: [string, RegExp | string][] = [
    ["/", "Tổng quan"],
    ["/?period=2023-Q2&field=public_services", "Tổng quan"],
    ["/entry", /./],
    ["/reports", /./],
    ["/admin", /./],
    ["/admin/users", /./],
  ];
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    expect(response!.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.waitForLoadState("networkidle");
  }

  // The charts draw and export to PNG under the policy.
  await page.goto("/indicators/ps.dossiers_received?period=2023-9M");
  const chart = page.getByTestId("chart").first();
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải PNG" }).click();
  await download;

  expect(violations).toEqual([]);
});

test("an API write with the session cookie from another site is refused; the app's own is not", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "vanphong");
  const body = { data: "{}", headers: { "content-type": "application/json" } };
  const forged = await page.request.put("/api/v1/values", {
    ...body,
    headers: { ...body.headers, origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("forbidden");
  const own = await page.request.put("/api/v1/values", { ...body, headers: { ...body.headers, origin: baseURL! } });
  expect(own.status()).not.toBe(403);
});

for (const [callbackUrl, landing] of [
  ["/.//evil.example", /^http:\/\/localhost:\d+\/$/],
  ["//evil.example", /^http:\/\/localhost:\d+\/$/],
  ["https://evil.example/", /^http:\/\/localhost:\d+\/$/],
  ["/reports?x=1", /^http:\/\/localhost:\d+\/reports\?x=1$/],
] as const) {
  test(`sign-in with callbackUrl ${callbackUrl} stays on the site`, async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Tên đăng nhập").fill("giamdoc");
    await page.getByLabel("Mật khẩu").fill("demo1234");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a signed-out visit is sent to the sign-in page with the policy on the redirect", async ({ page }) => {
  const response = await page.request.get("/reports", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/login?callbackUrl=%2Freports");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("TRACE, which the Fetch API cannot carry into Next, gets the API's 405 in the asker's language", async ({
  request,
}) => {
  for (const path of ["/api/v1/values", "/login"]) {
    const response = await request.fetch(path, { method: "TRACE", headers: { "accept-language": "en" } });
    expect(response.status(), path).toBe(405);
    expect((await response.json()).error).toMatchObject({
      code: "methodNotAllowed",
      message: "This method is not supported here.",
    });
  }
});
