import cluster from "node:cluster";

// Several web server processes on one port: node:cluster hands each connection to one of them. Next
// renders on one core per process, so a crowd is served by every core. A process that dies is
// replaced at once; one that dies before it listens (a port in use, a bad build) stops them all,
// and npm start's supervisor (supervise.ts) starts again after a pause.

function log(message: string) {
  console.error(`[${new Date().toISOString()}] ${message}`);
}

/** In the primary process: forks `count` web servers and keeps them running until SIGTERM or SIGINT. */
export function runWebWorkers(count: number): void {
  let stopping = false;
  let exitCode = 0;
  const running = () => Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead());

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (!running().length) process.exit(exitCode);
    for (const worker of running()) worker!.process.kill("SIGTERM");
  };

  const start = () => {
    const worker = cluster.fork();
    let listening = false;
    worker.once("listening", () => (listening = true));
    worker.once("exit", (code, signal) => {
      if (stopping) {
        if (!running().length) process.exit(exitCode);
        return;
      }
      const how = signal ?? `exit code ${code}`;
      if (!listening) {
        log(`A web server process stopped before it served (${how}).`);
        stop(code || 1);
        return;
      }
      log(`A web server process stopped (${how}); starting another. The others are still serving.`);
      start();
    });
  };

  for (let i = 0; i < count; i++) start();
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  // The process that started this one (tsx, npm start) gone, however it went, so are the web servers:
  // it can no longer stop them.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(0), 1000).unref();
}
