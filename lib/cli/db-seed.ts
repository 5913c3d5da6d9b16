import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/seed/seed";
import { wantsDemo } from "./env";

const database = await openDatabase();
try {
  await applyMigrations(database.url);
  const result = await seedDatabase({ demo: wantsDemo() });
  console.log(`Catalog: ${result.catalogChanges} row(s) added or changed.`);
  if (result.demoCreated) console.log("Demo organisation tra-vinh-stttt created with its demo figures.");
} finally {
  await database.close();
}
