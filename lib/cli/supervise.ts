import type { ChildProcess } from "node:child_process";

// `npm start` keeps the web server running: a server process that dies (out of memory, a crash) is
// started again, after a pause that grows while it keeps dying, and the log says so. The embedded
// database is a process of its own, started by `npm start`, so it outlives the web server.

export interface SupervisorOptions {
  /** Starts one web server process. */
  start: () => ChildProcess;
  log?: (line: string) => void;
  /** The first pause before a restart; it doubles while the server dies soon after starting. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A server that ran this long before it died is restarted after the first pause again. */
  stableMs?: number;
}

export interface Supervisor {
  /** Stops the web server for good (Ctrl+C, SIGTERM); resolves once it has exited. */
  stop(): Promise<void>;
  /** How many times the server was started again. */
  readonly restarts: number;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export function supervise({
  start,
  log = console.error,
  firstDelayMs = 1000,
  maxDelayMs = 30_000,
  stableMs = 60_000,
}: SupervisorOptions): Supervisor {
  let child: ChildProcess;
  let stopping = false;
  let restarts = 0;
  let delay = firstDelayMs;
  let timer: NodeJS.Timeout | undefined;

  const launch = () => {
    const startedAt = Date.now();
    child = start();
    child.on("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= stableMs) delay = firstDelayMs;
      log(
        `[${new Date().toISOString()}] The web server stopped (${describeExit(code, signal)}); starting it again in ${delay / 1000} s. The database is still running.`,
      );
      timer = setTimeout(() => {
        restarts++;
        launch();
      }, delay);
      delay = Math.min(maxDelayMs, delay * 2);
    });
  };
  launch();

  return {
    get restarts() {
      return restarts;
    },
    stop() {
      stopping = true;
      clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
