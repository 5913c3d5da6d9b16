import path from "node:path";
import nextEnv from "@next/env";
import { environmentProblems } from "../environment.ts"; // relative: vitest.config.ts imports this file too

// Imported first by every command (npm start, npm test, the lib/cli scripts): reads `.env` with
// the loader `next build` and `next start` use themselves (.env, .env.local, .env.production...,
// never overriding a variable already set), so the commands and Next see the same values, then
// stops on a variable that cannot be right.

const root = path.resolve(import.meta.dirname, "../..");
nextEnv.loadEnvConfig(root, process.argv.includes("--dev"), { info: () => {}, error: console.error });

const problems = environmentProblems(process.env);
if (problems) {
  console.error(
    `Invalid environment (from the shell or .env):\n${problems.replace(/^/gm, "  ")}\n\nSee "Configuration" in README.md.`,
  );
  process.exit(1);
}
