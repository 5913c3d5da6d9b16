import "./load-env"; // first: .env and its check, before any module reads the environment
import path from "node:path";
import { restoreEmbedded } from "@/lib/db/backup/embedded";
import { readBackupKind } from "@/lib/db/backup/file";
import { restoreServer } from "@/lib/db/backup/server";
import { clusterDir } from "@/lib/db/embedded";
import { exitOnRefusal, Refusal } from "@/lib/db/refusal";

// `npm run db:restore -- <file>`: replaces the database at DATABASE_URL, or the embedded one, with
// a backup made by db:backup (or by npm start before a migration): pg_dump's, or a copy of the
// embedded server's (or an earlier version's PGlite) data directory. Refused while the app runs.
const given = process.argv[2];
if (!given || given.startsWith("-")) {
  console.error("Usage: npm run db:restore -- <file>   (a backup made by npm run db:backup, e.g. in .data/backups/)");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
const file = path.resolve(given);
try {
  const kind = await readBackupKind(file);
  if (url) {
    if (kind !== "server")
      throw new Refusal(`${given} is a backup of the embedded database: restore it without DATABASE_URL set.`);
    await restoreServer(url, file);
    console.log(`Restored ${given} into database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}.`);
  } else {
    const { replaced } = await restoreEmbedded(clusterDir, file);
    console.log(`Restored ${given} into the embedded database (${path.relative(process.cwd(), clusterDir)}).`);
    if (replaced)
      console.log(
        `The database it replaced is kept in ${path.relative(process.cwd(), replaced)}: delete it once the restored data is right.`,
      );
  }
  console.log("npm start applies any migration newer than the backup (after backing it up).");
} catch (error) {
  exitOnRefusal(error);
}
