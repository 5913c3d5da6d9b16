import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { resetPassword } from "@/lib/org/mutations";

const username = process.argv[2];
if (!username) {
  console.error("Usage: npm run user:reset -- <username>");
  process.exit(2);
}

const database = await openDatabase();
try {
  console.log(await resetPassword({ username, ip: "cli" }));
} catch (error) {
  console.error((error as Error).message === "notFound" ? `No user named ${username}.` : (error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
