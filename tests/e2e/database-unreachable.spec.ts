import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { TcpProxy } from "../support/tcp-proxy";
import { signInAs } from "./pages/login-page";

// A third server of the same build, whose database sits behind a relay that the test stops and
// starts: PostgreSQL going away and coming back, without touching the server other tests use.
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
let proxy: TcpProxy;
let server: ChildProcess;

test.use({ baseURL: `http://localhost:${port}` });

test.beforeAll(async () => {
  const database = process.env.DATABASE_URL!;
  const target = new URL(database);
  proxy = await TcpProxy.create({ host: target.hostname, port: Number(target.port || 5432) });
  server = spawn("node_modules/.bin/tsx", ["lib/cli/serve.ts", "--port", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: proxy.through(database),
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  });
  await expect
    .poll(
      () =>
        fetch(`http://localhost:${port}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(503);
});

test.afterAll(async () => {
  server?.kill();
  await proxy?.stop();
});

test("while the database cannot be reached, pages say so in Vietnamese and recover by themselves", async ({ page }) => {
  // Signed out: the sign-in page's own query fails.
  await page.goto("/login");
  await expect(page.getByTestId("database-unreachable")).toContainText("Không kết nối được cơ sở dữ liệu");
  await expect(page.getByTestId("database-unreachable")).toContainText("The database cannot be reached");
  await expect(page.getByTestId("retry-countdown")).toContainText(/Thử lại sau [1-5] giây/);
  await proxy.start();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập", { timeout: 15_000 });

  // Signed in: the root layout reads the account, so the whole document is the error page.
  await signInAs(page, "giamdoc");
  await proxy.stop();
  await page.reload();
  await expect(page.getByTestId("database-unreachable")).toBeVisible();
  await expect(page).toHaveTitle("Đã có lỗi · ICT Report Desk");
  await proxy.start();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan", { timeout: 15_000 });
});
