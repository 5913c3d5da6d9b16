import "./load-env"; // first: .env and its check, before any module reads the environment
import { createServer } from "node:http";
import path from "node:path";
import { refusalBody } from "@/lib/api/request-guard";

// `next start`, with one answer before Next: a method the Fetch API cannot represent (TRACE) makes
// Next's proxy throw and answer 500, so it gets the API's 405 here. (Node itself answers TRACK and
// other unknown methods with 400 and closes CONNECT.)
const unrepresentable = new Set(["TRACE"]);

Object.assign(process.env, { NODE_ENV: "production" }); // as `next start` does, before Next loads
const { default: next } = await import("next");
const port = Number(process.argv[process.argv.indexOf("--port") + 1] || process.env.PORT || 3000);
// Next fetches its own redirects and rewrites: it must know where it listens.
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "../.."), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  if (!unrepresentable.has(request.method ?? "")) return void handle(request, response);
  response.writeHead(405, { "content-type": "application/json", "x-content-type-options": "nosniff", allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
  response.end(JSON.stringify(refusalBody("methodNotAllowed", request.headers["accept-language"])));
}).listen(port, () => console.log(`▲ Next.js ready on http://localhost:${port}`));
