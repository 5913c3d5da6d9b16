import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { setOrganisationAccess } from "@/lib/org/mutations";

const [username, ...codes] = process.argv.slice(2);
if (!username) {
  console.error("Usage: npm run user:access -- <username> <org-code> [<org-code> ...]   (no codes: remove all access)");
  process.exit(2);
}

const database = await openDatabase();
try {
  const granted = await setOrganisationAccess({ username, codes });
  console.log(
    granted.length
      ? `${username} may now read: ${granted.join(", ")}`
      : `${username} reads only their own organisation.`,
  );
} catch (error) {
  const details = (error as { details?: { message?: string }[] }).details?.map((d) => d.message).join(", ");
  console.error(`${(error as Error).message}${details ? `: ${details}` : ""}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
