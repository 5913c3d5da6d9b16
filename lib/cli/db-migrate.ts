import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { migrateWithBackup } from "@/lib/db/migrate-with-backup";
import { exitOnRefusal, reportRefusal } from "@/lib/db/refusal";

const db = await openDatabase().catch(exitOnRefusal);
try {
  const { applied } = await migrateWithBackup(db); // a database with data is backed up first
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.",
  );
} catch (error) {
  reportRefusal(error);
} finally {
  await db.close();
}
