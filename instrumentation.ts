// Next.js calls register() once when a server process starts: the scheduler of reminders and mail
// runs in every server process (they share its jobs through the database).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startScheduler } = await import("./lib/scheduler/start");
    startScheduler();
  }
}
