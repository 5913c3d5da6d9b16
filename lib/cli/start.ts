import "./load-env"; // first: .env and its check, before any module reads the environment
import { spawn } from "node:child_process";
import path from "node:path";
import { demoAccounts, demoPassword } from "@/lib/seed/demo-organisation";
import { authSecret } from "./auth-secret";
import { buildIfNeeded, generatePrismaClient } from "./build";
import { demoInProductionWarning, setupCodeNotice, setupUrl } from "./console-notices";
import { wantsDemo } from "./env";
import { supervise } from "./supervise";

// `npm start`: database (the embedded PostgreSQL server unless DATABASE_URL), migrations, seed,
// build if needed, serve; a web server that dies is started again (supervise.ts), the database,
// a process of its own, staying up.
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

generatePrismaClient();
const { openDatabase } = await import("@/lib/db/connection");
const { migrateWithBackup } = await import("@/lib/db/migrate-with-backup");
const { exitOnRefusal } = await import("@/lib/db/refusal");
const { seedDatabase } = await import("@/lib/seed/seed");
const { disconnectDb } = await import("@/lib/db/client");
const { hasDemoOrganisation } = await import("@/lib/org/data");
const { issueSetupCode } = await import("@/lib/org/setup");

// A data directory PostgreSQL cannot recover, or a failed backup before a new migration, stops here with the reason.
const database = await openDatabase().catch(exitOnRefusal);
await migrateWithBackup(database).catch(async (error: unknown) => {
  await database.close();
  exitOnRefusal(error);
});
await seedDatabase({ demo: wantsDemo() });
const demo = await hasDemoOrganisation();
// While nobody has set the installation up, each start prints a new one-time code for the set-up page.
const setupCode = await issueSetupCode();
await disconnectDb();
if (!dev) buildIfNeeded();

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const bin = (name: string) => path.resolve(import.meta.dirname, "../../node_modules/.bin", name);
const serveArgs = [path.join(import.meta.dirname, "serve.ts"), "--port", port, ...(dev ? ["--dev"] : [])];
const server = supervise({ start: () => spawn(bin("tsx"), serveArgs, { stdio: "inherit", env }) });

console.log(
  `\nICT Report Desk: http://localhost:${port}  (${database.embedded ? "embedded PostgreSQL, data in .data/postgres" : "DATABASE_URL"})`,
);
if (demo) {
  console.log(
    `Demo accounts (password ${demoPassword}): ${demoAccounts.map((a) => `${a.username} (${a.role})`).join(", ")}`,
  );
  if (process.env.NODE_ENV === "production")
    console.error(
      `\n${demoInProductionWarning(
        demoAccounts.map((a) => a.username),
        demoPassword,
      )}\n`,
    );
}
if (setupCode) console.log(`\n${setupCodeNotice(setupCode, setupUrl(env))}\n`);

const stop = async () => {
  await server.stop();
  await database.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop); // the terminal closed
