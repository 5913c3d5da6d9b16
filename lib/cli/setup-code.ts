import "./load-env"; // first: .env and its check, before any module reads the environment
import { disconnectDb } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/connection";
import { issueSetupCode } from "@/lib/org/setup";
import { setupCodeNotice, setupUrl } from "./console-notices";

// `npm run setup:code`: a fresh one-time set-up code for an installation not started with `npm start`.
const database = await openDatabase();
try {
  const code = await issueSetupCode();
  if (code) console.log(setupCodeNotice(code, setupUrl()));
  else {
    console.error(
      "The database already has an organisation: there is nothing to set up. Sign in (a forgotten password: npm run user:reset -- <username>).",
    );
    process.exitCode = 1;
  }
} finally {
  await disconnectDb();
  await database.close();
}
