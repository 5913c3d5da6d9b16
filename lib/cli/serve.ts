import "./load-env"; // first: .env and its check, before any module reads the environment
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

// The web server of `npm start`: WEB_CONCURRENCY processes (one per core by default, up to four) on
// one port (web-workers.ts), each a Next server (web-server.ts); `next dev` (--dev) is one process.

const dev = process.argv.includes("--dev");
const port = Number(process.argv[process.argv.indexOf("--port") + 1] || process.env.PORT || 3000);
const processes = dev ? 1 : Number(process.env.WEB_CONCURRENCY || Math.min(availableParallelism(), 4));

if (processes > 1 && cluster.isPrimary) {
  const { runWebWorkers } = await import("./web-workers");
  runWebWorkers(processes);
} else {
  const { runWebServer } = await import("./web-server");
  await runWebServer({ port, dev });
}
