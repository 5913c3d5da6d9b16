import "./load-env"; // first: .env and its check, before any module reads the environment
import path from "node:path";
import { backupEmbedded, embeddedBackupKind } from "@/lib/db/backup/embedded";
import { backupFileName } from "@/lib/db/backup/file";
import { backupServer } from "@/lib/db/backup/server";
import { clusterDir, dataDir } from "@/lib/db/embedded";
import { exitOnRefusal } from "@/lib/db/refusal";

// `npm run db:backup -- [file]`: the database at DATABASE_URL (pg_dump), or the embedded server
// (pg_dump where installed, else a copy of its data directory; while the app runs too), by default
// into .data/backups/.
const given = process.argv[2];
if (given?.startsWith("-")) {
  console.error(
    "Usage: npm run db:backup -- [file]   (default: .data/backups/backup-<time>.dump, or .tar.gz without pg_dump)",
  );
  process.exit(2);
}
const url = process.env.DATABASE_URL;
try {
  const file = path.resolve(
    given ?? path.join(dataDir, "backups", backupFileName("backup", url ? "server" : await embeddedBackupKind())),
  );
  if (url) await backupServer(url, file);
  else await backupEmbedded(clusterDir, file);
  console.log(
    `Backed up ${url ? `database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}` : "the embedded database"} to ${path.relative(process.cwd(), file)}`,
  );
} catch (error) {
  exitOnRefusal(error);
}
