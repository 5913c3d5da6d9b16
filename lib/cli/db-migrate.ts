import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await db.close();
}
