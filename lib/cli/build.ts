import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const sourceDirs = ["app", "components", "lib", "public"];
const sourceFiles = [
  "package.json",
  "next.config.js",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(full)
      .filter((n) => n !== "generated")
      .map((n) => newestMtime(path.join(entry, n))),
  );
}

export function generatePrismaClient(): void {
  // prisma generate never runs the schema engine, but looks for one it cannot download here.
  const engine = process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath;
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

/** Builds the app when there is no build or a source changed since the last one. */
export function buildIfNeeded(): void {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...sourceDirs.map(newestMtime), ...sourceFiles.map(newestMtime));
  if (builtAt > changedAt) return;
  console.log("Building the app (about a minute)…");
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
