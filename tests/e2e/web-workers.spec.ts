import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { send } from "../support/raw-http";

// The web server as `npm start` runs it on a machine of several cores: two processes on one port
// (lib/cli/web-workers.ts). One killed, the other answers the requests meanwhile and a new one
// takes its place; stopped, none is left behind.
const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const base = `http://localhost:${port}`;
let server: ChildProcess;

/** The processes below pid, deepest last (the tsx launcher, the primary, its web servers). */
function descendants(pid: number): { pid: number; ppid: number }[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .map(([child, parent]) => ({ pid: child, ppid: parent }));
  const found: { pid: number; ppid: number }[] = [];
  const visit = (parent: number) =>
    table.filter((p) => p.ppid === parent).forEach((p) => (found.push(p), visit(p.pid)));
  visit(pid);
  return found;
}

/** The web server processes: the processes below the server without children of their own. */
const webServers = () => {
  const all = descendants(server.pid!);
  return all.filter((p) => !all.some((c) => c.ppid === p.pid)).map((p) => p.pid);
};

// A new connection each time: one kept alive to the killed process would die with it.
const health = () =>
  send(port, { path: "/api/health" }).then(
    (answer) => answer.status,
    () => 0,
  );

test.beforeAll(async () => {
  server = spawn("node_modules/.bin/tsx", ["lib/cli/serve.ts", "--port", String(port)], {
    stdio: "ignore",
    env: { ...process.env, WEB_CONCURRENCY: "2", NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXTAUTH_URL: base },
  });
  await expect.poll(health, { timeout: 60_000 }).toBe(200);
  await expect.poll(() => webServers().length, { timeout: 30_000 }).toBe(2);
});

test.afterAll(() => {
  server?.kill("SIGKILL");
});

test("two web server processes: one killed, the other serves and a new one takes its place; stopped, none is left", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [killed, kept] = webServers();
  process.kill(killed, "SIGKILL");
  // A connection handed over at the instant of the kill dies with it. Once the primary has seen the
  // exit (it forks the new process at once), the other answers everything while the new one starts.
  await expect
    .poll(() => webServers().filter((pid) => pid !== kept && pid !== killed).length, { timeout: 10_000 })
    .toBe(1);
  for (let i = 0; i < 20; i++) expect(await health()).toBe(200);
  expect(webServers()).toContain(kept);

  await page.goto(`${base}/login`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");

  const all = descendants(server.pid!).map((p) => p.pid);
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
  await expect
    .poll(
      () =>
        all.filter((pid) =>
          execFileSync("ps", ["-e", "-o", "pid="], { encoding: "utf8" }).split("\n").map(Number).includes(pid),
        ).length,
      { timeout: 15_000 },
    )
    .toBe(0);
});
