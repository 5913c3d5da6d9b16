import "./load-env"; // first: .env and its check, before any module reads the environment
import http from "node:http";
import { rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { percentiles } from "../bench/percentiles";
import { generatePrismaClient, buildIfNeeded } from "./build";

// `npm run bench`: a national-scale dataset (34 organisations × 10 years × the catalog) in its own
// database, then the issue's targets side by side, each measured and marked OK or OVER: the series
// and aggregate endpoints against the same query in raw SQL, the overview's server render and
// first-load JavaScript, and a crowd of 100 signed-in users (lib/bench/load.ts) on PostgreSQL
// (DATABASE_URL's server) and on the embedded server.

const port = 3200;
const runs = 300;

generatePrismaClient();
const { startEmbedded, dataDir } = await import("@/lib/db/embedded");
const { applyMigrations } = await import("@/lib/db/migrations");
const { loadBenchDataset, months, benchPassword } = await import("@/lib/bench/dataset");
const { startBenchApp, signIn } = await import("@/lib/bench/app");
const { runLoad } = await import("@/lib/bench/load");
const { overviewInChromium, readThirtyPages, yearReportAndDocx } = await import("@/lib/bench/user-side");

async function openBenchDatabase(server: string | undefined): Promise<{ url: string; close: () => Promise<void> }> {
  if (!server) {
    const dir = path.join(dataDir, "bench");
    rmSync(dir, { recursive: true, force: true });
    const embedded = await startEmbedded(dir);
    return { url: embedded.url, close: embedded.stop };
  }
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ict_bench WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ict_bench`);
  await admin.end();
  const url = new URL(server);
  url.pathname = "/ict_bench";
  return { url: url.toString(), close: async () => {} };
}

function summary(samples: number[]) {
  const at = percentiles(samples);
  return { p50: at(50), p95: at(95) };
}

async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times `run` (and `alongside`, call for call, so that both meet the same moments of a busy machine)
 * after as many calls again to warm up (the server's JIT settles over the first hundreds of calls);
 * `before` runs untimed before each call.
 */
async function time(
  n: number,
  run: () => Promise<unknown>,
  alongside?: () => Promise<unknown>,
  before?: () => Promise<unknown>,
) {
  for (let i = 0; i < n; i++) {
    await before?.();
    await run();
    await alongside?.();
  }
  const samples: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < n; i++) {
    await before?.(); // not timed
    samples.push(await elapsed(run));
    if (alongside) other.push(await elapsed(alongside));
  }
  return { ...summary(samples), alongside: alongside ? summary(other) : undefined };
}

/**
 * Signs the crowd in (a few at a time: each sign-in is a bcrypt check), lets it run 20 s to warm
 * the app up, then runs it for the measured minute. A crowd on a freshly started app spends its
 * first seconds loading each route's code and compiling it (p99 3,0 s cold against 0,5 s warm in
 * one experiment on this machine): both databases' crowds are measured warm, and the warm-up
 * is reported beside them.
 */
async function crowdOn(base: string, crowd: Awaited<ReturnType<typeof loadBenchDataset>>["crowd"]) {
  const users = [];
  for (let i = 0; i < crowd.length; i += 4) {
    const batch = crowd.slice(i, i + 4);
    const cookies = await Promise.all(batch.map((m) => signIn(base, m.username, benchPassword)));
    users.push(
      ...batch.map((m, k) => ({
        cookie: cookies[k],
        token: m.token,
        org: m.org,
        indicator: m.indicator,
        value: m.value,
        period: m.period,
      })),
    );
  }
  const warmUp = await runLoad({ base, users, durationMs: 20_000 });
  return { warmUp, result: await runLoad({ base, users }) };
}

const primaryName = process.env.DATABASE_URL ? "PostgreSQL" : "embedded";
const database = await openBenchDatabase(process.env.DATABASE_URL);
console.log(
  `Benchmark database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL server, database ict_bench)" : "embedded PostgreSQL (.data/bench)"}`,
);
await applyMigrations(database.url);
const dataset = await loadBenchDataset(database.url);
console.log(
  `Dataset: 34 organisations × ${months.length} months × ${dataset.storedIndicators} stored indicators = ${dataset.values.toLocaleString("vi-VN")} values (${dataset.seconds.toFixed(1)} s)`,
);
const client = new pg.Client({ connectionString: database.url });
await client.connect();

// App -------------------------------------------------------------------------------------------
buildIfNeeded();
// `npm run bench -- --profile`: the server's CPU profile under the whole run, in .data/profiles.
const profileDir = process.argv.includes("--profile") ? path.join(dataDir, "profiles") : undefined;
const app = await startBenchApp(database.url, port, profileDir);
const base = app.base;

// Measurements ---------------------------------------------------------------------------------
const auth = { authorization: `Bearer ${dataset.token}` };
// node:http with one kept-alive socket: a lean client, as the raw SQL side uses one pg connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (url: string, headers: Record<string, string> = auth) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(base + url, { agent, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          response.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${response.statusCode}`)),
        );
      })
      .on("error", reject);
  });
const seriesCodes = ["ps.dossiers_online", "ps.dossiers_received"];
const seriesMonths = months.filter((m) => m >= 201701);
const aggregateCodes = [
  "ps.dossiers_received",
  "ps.dossiers_online",
  "tel.bts",
  "tel.fiber_aerial_km",
  "it.edocs_issued",
  "it.edocs_signed",
  "post.revenue",
  "tel.revenue",
  "it.certs_active",
  "tel.mobile_subscribers",
  "org.population",
];
// As lib/values/aggregate-data.ts asks it: the months' facts and the reported period figures within the sets' span.
const factsSql = `WITH wanted(idx, ym) AS (SELECT * FROM unnest($1::int[], $2::int[]))
  SELECT w.idx, v."indicatorCode", sum(v.value)::text, count(*)::int, bool_or(v.estimate), (array_agg(v.value::text ORDER BY v."yearMonth" DESC))[1], max(v."yearMonth")
  FROM wanted w JOIN "MonthValue" v ON v."yearMonth" = w.ym AND v."organisationId" = $3 AND v."indicatorCode" = ANY($4::text[])
  GROUP BY w.idx, v."indicatorCode"
  UNION ALL
  SELECT NULL, p."indicatorCode", p.value::text, p."firstMonth", p.estimate, NULL, p."lastMonth"
  FROM "PeriodValue" p WHERE p."organisationId" = $3 AND p."indicatorCode" = ANY($4::text[]) AND p."firstMonth" >= $5 AND p."lastMonth" <= $6`;
// The same month sets the endpoints ask for: each quarter and its year to date (for targets).
const quarterSets = seriesMonths.flatMap((m) =>
  (m % 100) % 3 === 0
    ? [[m - 2, m - 1, m], Array.from({ length: m % 100 }, (_, k) => Math.floor(m / 100) * 100 + k + 1)]
    : [],
);
const yearSets = [Array.from({ length: 12 }, (_, k) => 202501 + k), Array.from({ length: 12 }, (_, k) => 202501 + k)];
const raw = (sets: number[][], codes: string[]) => () =>
  client.query(factsSql, [
    sets.flatMap((s, i) => s.map(() => i)),
    sets.flat(),
    "bench-org-1",
    codes,
    Math.min(...sets.flat()),
    Math.max(...sets.flat()),
  ]);

const seriesCall = () =>
  get(`/api/v1/series?org=tinh-1&indicator=ps.dossiers_online_rate&from=2017-01&to=2026-10&grain=quarter`);
const aggregateCall = () => get(`/api/v1/aggregate?org=tinh-1&period=2025&indicators=${aggregateCodes.join(",")}`);
// The same call again answers from the figures kept under the organisation's token; what a save
// does to the token (lib/values/figures-cache.ts) makes the next call compute afresh.
const saved = () =>
  client.query(`UPDATE "FiguresVersion" SET token = gen_random_uuid()::text WHERE "organisationId" = 'bench-org-1'`);
const seriesTimes = await time(runs, seriesCall, raw(quarterSets, seriesCodes));
const seriesFresh = await time(runs, seriesCall, undefined, saved);
const aggregateTimes = await time(runs, aggregateCall, raw(yearSets, aggregateCodes));
const aggregateFresh = await time(runs, aggregateCall, undefined, saved);
// The floor under both: a route that asks the database only `SELECT 1`.
const floor = await time(
  runs,
  () => get("/api/health", {}),
  () => client.query("SELECT 1"),
);
const [series, seriesRaw, aggregate, aggregateRaw] = [
  seriesTimes,
  seriesTimes.alongside!,
  aggregateTimes,
  aggregateTimes.alongside!,
];
const cookie = await signIn(base, "bench", benchPassword);
// 100 renders after 100 to warm up: over the first tens of renders a process still compiles the
// page's code, and with 30 samples the p95 was the second-slowest render.
const overview = await time(100, () => get("/?period=2025-Q4", { cookie }));
const html = await get("/?period=2025-Q4", { cookie });
// What a current browser loads: the noModule polyfills are for browsers without modules only.
const scripts = [
  ...new Set(
    [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/noModule/i.test(m[1] + m[3]))
      .map((m) => m[2]),
  ),
];
const jsBytes = (await Promise.all(scripts.map((src) => fetch(base + src).then((r) => r.arrayBuffer())))).reduce(
  (s, b) => s + gzipSync(Buffer.from(b)).length,
  0,
);

const drawn = await overviewInChromium(base, cookie, "/?period=2025-Q4");
const drawnField = await overviewInChromium(base, cookie, "/?period=2025-Q4&field=public_services");
const yearReport = await yearReportAndDocx(base, dataset.crowd[0].token, dataset.crowd[0].org);
const reading = await readThirtyPages();
console.log(`Crowd on ${primaryName}: 100 users, 1 s think time, 20 % writes, 20 s warm-up then 60 s…`);
const crowds: ({ name: string } & Awaited<ReturnType<typeof crowdOn>>)[] = [
  { name: primaryName, ...(await crowdOn(base, dataset.crowd)) },
];
await app.stop();
if (profileDir)
  console.log(
    `CPU profile of the server: ${path.relative(process.cwd(), profileDir)} (open in Chrome DevTools, Performance)`,
  );
await client.end();
await database.close();

// With DATABASE_URL, the crowd again on the embedded server, as `npm start` runs it by default.
if (process.env.DATABASE_URL) {
  const embedded = await openBenchDatabase(undefined);
  await applyMigrations(embedded.url);
  const second = await loadBenchDataset(embedded.url);
  const embeddedApp = await startBenchApp(embedded.url, port + 1);
  console.log("Crowd on the embedded server…");
  crowds.push({ name: "embedded", ...(await crowdOn(embeddedApp.base, second.crowd)) });
  await embeddedApp.stop();
  await embedded.close();
}

// Report ----------------------------------------------------------------------------------------
const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "OK" : "OVER");
const endpointTarget = (sql: { p95: number }) => sql.p95 + 5;
console.log("\n| measure | p50 | p95 | target | result |\n| --- | --- | --- | --- | --- |");
const endpointRow = (label: string, t: { p50: number; p95: number }, sql: { p95: number }) =>
  console.log(
    `| ${label} | ${ms(t.p50)} | ${ms(t.p95)} | p95 ≤ SQL p95 + 5 ms = ${ms(endpointTarget(sql))} | ${verdict(t.p95 <= endpointTarget(sql))} |`,
  );
endpointRow("series endpoint (10 years by quarter, a ratio), the same call again", series, seriesRaw);
endpointRow("series endpoint, figures changed since (computed afresh)", seriesFresh, seriesRaw);
console.log(`| same query in raw SQL | ${ms(seriesRaw.p50)} | ${ms(seriesRaw.p95)} | | |`);
endpointRow("aggregate endpoint (a year, 11 indicators), the same call again", aggregate, aggregateRaw);
endpointRow("aggregate endpoint, figures changed since (computed afresh)", aggregateFresh, aggregateRaw);
console.log(`| same query in raw SQL | ${ms(aggregateRaw.p50)} | ${ms(aggregateRaw.p95)} | | |`);
console.log(
  `| for scale: /api/health, a route that asks \`SELECT 1\` (the SQL alone: p95 ${ms(floor.alongside!.p95)}) | ${ms(floor.p50)} | ${ms(floor.p95)} | | |`,
);
console.log(
  `| overview server render (all fields, a quarter) | ${ms(overview.p50)} | ${ms(overview.p95)} | p95 < 50 ms | ${verdict(overview.p95 < 50)} |`,
);
console.log(
  `| overview first-load JS (gzip, ${scripts.length} files) | ${(jsBytes / 1024).toFixed(1)} kB | | < 150 kB | ${verdict(jsBytes < 150 * 1024)} |`,
);
console.log(
  `| overview fully drawn in Chromium (all fields' tiles, warm) | ${ms(drawn.p50)} | ${ms(drawn.p95)} | p95 < 1 s | ${verdict(drawn.p95 < 1000)} |`,
);
console.log(
  `| overview of a field fully drawn in Chromium (${drawnField.charts} charts, warm) | ${ms(drawnField.p50)} | ${ms(drawnField.p95)} | p95 < 1 s | ${verdict(drawnField.p95 < 1000)} |`,
);
console.log(
  `| year report: draft composed and DOCX built (API) | ${ms(yearReport.p50)} | ${ms(yearReport.p95)} | p95 < 500 ms | ${verdict(yearReport.p95 < 500)} |`,
);
console.log(
  `| reading a 30-page past report | ${ms(reading.p50)} | ${ms(reading.p95)} | p95 < 2 s | ${verdict(reading.p95 < 2000)} |`,
);
const errorsOf = (result: Awaited<ReturnType<typeof runLoad>>) =>
  result.errors
    ? ` (${Object.entries(result.errorKinds)
        .map(([k, n]) => `${k}: ${n}`)
        .join(", ")})`
    : "";
for (const { name, result, warmUp } of crowds) {
  const errors = errorsOf(result);
  console.log(
    `| the same crowd's 20 s of warm-up before it, ${name}: ${warmUp.requests} requests, ${warmUp.errors} errors${errorsOf(warmUp)}, p99 | ${ms(warmUp.p50)} | ${ms(warmUp.p95)} | p99 ${ms(warmUp.p99)} (not timed against the target) | |`,
  );
  console.log(
    `| 100 users, 1 s think, 20 % writes, 60 s, ${name}: ${result.requests} requests (${result.writes} saves), ${result.errors} errors${errors}, p99 | ${ms(result.p50)} | ${ms(result.p95)} | p99 ${ms(result.p99)} < 200 ms, 0 errors | ${verdict(result.p99 < 200 && result.errors === 0)} |`,
  );
}
process.exit(0);
