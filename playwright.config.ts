import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which prepares DATABASE_URL with a fresh demo database and builds the app.
const port = Number(process.env.E2E_PORT ?? 3100);
export const emptyPort = port + 1;

function serverEnv(serverPort: number): Record<string, string> {
  return {
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${serverPort}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-features=AutofillServerCommunication",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx lib/cli/serve.ts --port ${port}`,
      url: `http://localhost:${port}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: serverEnv(port),
    },
    // The same build on an empty database (only the catalog): the first run of an installation.
    ...(process.env.E2E_EMPTY_DATABASE_URL
      ? [
          {
            command: `node_modules/.bin/tsx lib/cli/serve.ts --port ${emptyPort}`,
            url: `http://localhost:${emptyPort}/login`,
            reuseExistingServer: false,
            timeout: 120_000,
            env: { ...serverEnv(emptyPort), DATABASE_URL: process.env.E2E_EMPTY_DATABASE_URL },
          },
        ]
      : []),
  ],
});
