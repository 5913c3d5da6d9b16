import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";

// Starts the embedded server on the data directory given, as `npm start` does, and saves rows one
// by one until it is killed, printing each row's number once its commit is acknowledged.
const server = await startEmbedded(process.argv[2]);
const client = new pg.Client({ connectionString: server.url });
await client.connect();
await client.query("CREATE TABLE IF NOT EXISTS written (n integer NOT NULL)");
for (let n = 1; ; n++) {
  await client.query("INSERT INTO written VALUES ($1)", [n]);
  console.log(`acknowledged ${n}`);
}
