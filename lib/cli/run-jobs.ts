import "./load-env"; // first: .env and its check, before any module reads the environment
import { openDatabase } from "@/lib/db/connection";
import { exitOnRefusal } from "@/lib/db/refusal";
import { runDueJobs } from "@/lib/scheduler/run";

// npm run jobs: runs the scheduler's due jobs once (reminders, mail) and exits, for a cron job
// beside the server, or to see what it does. The server runs them itself every 30 s.

const database = await openDatabase().catch(exitOnRefusal);
try {
  const ran = await runDueJobs();
  console.log(ran.length ? `Ran: ${ran.join(", ")}` : "No job was due.");
} finally {
  await database.close();
}
