import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { getUserByUsername } from "@/lib/org/data";
import { createToken } from "@/lib/tokens/mutations";

const username = process.argv[2];
if (!username) {
  console.error("Usage: npm run user:token -- <username> [token name]");
  process.exit(2);
}

const database = await openDatabase();
try {
  const user = await getUserByUsername({ username });
  if (!user) throw new Error(`No user named ${username}.`);
  const name = process.argv.slice(3).join(" ") || `script ${new Date().toISOString().slice(0, 10)}`;
  console.log(await createToken({ organisationId: user.organisationId, userId: user.id, name }));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
