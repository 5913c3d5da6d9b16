import "@/lib/cli/load-env"; // first: .env and its check, before any module reads the environment
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, generatePrismaClient } from "@/lib/cli/build";

// `npm test`: type check, format check (Prettier), lint (ESLint, then import cycles with dpdm),
// unit, integration (real PostgreSQL: DATABASE_URL's server, else the embedded one) and end-to-end
// in Chromium against a built app on a fresh demo database (and a second server on an empty one,
// for the first run).

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(chromiumPath)) {
  console.error(
    `Chromium is missing (looked for ${chromiumPath}). Install Debian's package:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
      "or point CHROMIUM_PATH at a Chromium binary. (npx playwright install does not work on this network.)",
  );
  process.exit(1);
}

function fail(title: string, status: number | null): never {
  console.error(`\n✖ ${title} failed.`);
  process.exit(status ?? 1);
}

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail(title, result.status);
}

/** Asynchronous, so that an embedded database served by this process keeps answering. */
function stepAsync(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => spawn(command, args, { cwd: root, stdio: "inherit", env }).on("exit", resolve));
}

// `tests/run.ts e2e [playwright args]` runs the end-to-end layer alone (npm run test:e2e).
const [layer, ...playwrightArgs] = process.argv.slice(2);
const e2eOnly = layer === "e2e";

generatePrismaClient();
if (!e2eOnly) {
  step("Type check", bin("tsc"), ["--noEmit"]);
  step("Format", "npm", ["run", "--silent", "format:check"]);
  step("Lint", "npm", ["run", "--silent", "lint"]);
  step("Unit tests", bin("vitest"), ["run", "--project", "unit"]);
  step("Integration tests", bin("vitest"), ["run", "--project", "integration"]);
}

buildIfNeeded();
const { createTestDatabase } = await import("./support/test-database");
const { applyMigrations } = await import("@/lib/db/migrations");
const { seedDatabase } = await import("@/lib/seed/seed");
const { disconnectDb } = await import("@/lib/db/client");
// Two databases: the demo for most tests, and an empty one for the first run of a new installation.
const database = await createTestDatabase("e2e");
const empty = await createTestDatabase("e2e_empty");
let status: number | null = 0;
try {
  process.env.DATABASE_POOL_SIZE = "5";
  for (const [url, demo] of [
    [empty.url, false],
    [database.url, true],
  ] as const) {
    process.env.DATABASE_URL = url;
    await applyMigrations(url);
    await seedDatabase({ demo });
    // Every shipped indicator is monthly: the demo gets two reported by quarter (period-figures.spec.ts).
    if (demo) await (await import("./support/quarterly-indicators")).addQuarterlyIndicators();
    await disconnectDb();
  }
  status = await stepAsync("End-to-end tests (Chromium)", bin("playwright"), ["test", ...playwrightArgs], {
    ...process.env,
    CHROMIUM_PATH: chromiumPath,
    E2E_EMPTY_DATABASE_URL: empty.url,
  });
} finally {
  await Promise.all([database.drop(), empty.drop()]);
}
if (status !== 0) fail("End-to-end tests (Chromium)", status);
console.log("\n✔ All tests passed.");
