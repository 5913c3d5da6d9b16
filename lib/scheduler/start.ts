import "server-only";
import { runDueJobs } from "./run";

// Started once per server process (instrumentation.ts): looks for due jobs every 30 s.

const tickMs = 30_000;
const started = globalThis as typeof globalThis & { ictScheduler?: NodeJS.Timeout };

export function startScheduler(): void {
  if (started.ictScheduler || process.env.ICT_SCHEDULER === "off") return;
  const tick = () =>
    runDueJobs().catch((error: unknown) => console.error("The scheduler could not run its jobs:", error));
  started.ictScheduler = setInterval(tick, tickMs);
  started.ictScheduler.unref();
  void tick();
}
