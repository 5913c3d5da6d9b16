import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { migrateWithBackup } from "@/lib/db/migrate-with-backup";
import { exitOnRefusal, reportRefusal } from "@/lib/db/refusal";
import { seedDatabase } from "@/lib/seed/seed";
import { wantsDemo } from "./env";

const database = await openDatabase().catch(exitOnRefusal);
try {
  await migrateWithBackup(database);
  const result = await seedDatabase({ demo: wantsDemo() });
  console.log(`Catalog: ${result.catalogChanges} row(s) added or changed.`);
  if (result.demoCreated) console.log("Demo organisation tra-vinh-stttt created with its demo figures.");
} catch (error) {
  reportRefusal(error);
} finally {
  await database.close();
}
