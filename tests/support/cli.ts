import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs one of the project's npm CLI scripts against the test database (or the environment's `DATABASE_URL` given). */
export async function runCli(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(root, "lib/cli", script), ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
    },
  );
}
