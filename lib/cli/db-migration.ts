import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { writeNextMigration } from "@/lib/db/migrations";

const name = process.argv.slice(2).join("_");
const db = await openDatabase();
try {
  const written = await writeNextMigration(name, db.url);
  console.log(
    written
      ? `Wrote prisma/migrations/${written}/migration.sql`
      : "schema.prisma has not changed since the last migration: nothing to write.",
  );
} finally {
  await db.close();
}
