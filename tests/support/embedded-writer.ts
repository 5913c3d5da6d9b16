import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";

// Opens the embedded database in the directory given, as the app does, and writes rows one by
// one until it is killed; prints "written" after the first 200 committed rows.
const server = await startEmbedded(process.argv[2]);
const client = new pg.Client({ connectionString: server.url });
await client.connect();
await client.query("CREATE TABLE IF NOT EXISTS written (n integer NOT NULL)");
for (let n = 1; ; n++) {
  await client.query("INSERT INTO written VALUES ($1)", [n]);
  if (n === 200) console.log("written");
}
