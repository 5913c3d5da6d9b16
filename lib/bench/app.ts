import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// The app as `npm start` serves it (lib/cli/serve.ts), on the bench's database.

const root = path.resolve(import.meta.dirname, "../..");

export interface BenchApp {
  base: string;
  stop(): Promise<void>;
}

/** Starts the built app on url at port and waits until it answers; with profileDir, it writes a CPU profile there when stopped. */
export async function startBenchApp(url: string, port: number, profileDir?: string): Promise<BenchApp> {
  const base = `http://localhost:${port}`;
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const server: ChildProcess = spawn(
    process.execPath,
    [...profile, "--import", "tsx", path.join(root, "lib/cli/serve.ts"), "--port", String(port)],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "bench",
        NEXTAUTH_URL: base,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  let exited: number | null | undefined;
  server.once("exit", (code) => (exited = code));
  for (let i = 0; i < 120; i++) {
    if (exited !== undefined) throw new Error(`the app stopped before answering (exit code ${exited})`);
    if (
      await fetch(`${base}/login`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

/** Signs a user in through next-auth's credentials form: the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!session.some((c) => c.includes("session-token")))
    throw new Error(`${username} could not sign in (${response.status})`);
  return [...cookies, ...session].join("; ");
}
