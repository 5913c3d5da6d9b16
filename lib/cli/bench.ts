import "./load-env"; // first: .env and its check, before any module reads the environment
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { generatePrismaClient, buildIfNeeded } from "./build";

// `npm run bench`: a national-scale dataset (34 organisations × 10 years × the catalog) in its own
// database, then p50/p95 of the series and aggregate endpoints against the same query in raw SQL,
// the overview's server render, and the overview's first-load JavaScript. Prints the figures.

const root = path.resolve(import.meta.dirname, "../..");
const port = 3200;
const base = `http://localhost:${port}`;
const organisations = 34;
const runs = 300;

generatePrismaClient();
const { startEmbedded, dataDir } = await import("@/lib/db/embedded");
const { applyMigrations } = await import("@/lib/db/migrations");
const { loadCatalogFiles } = await import("@/lib/catalog/load-files");
const { generateDemoValues } = await import("@/lib/seed/demo-values");
const { hashPassword } = await import("@/lib/auth/password");
const { generateToken, hashToken, displayPrefix } = await import("@/lib/tokens/token");
const { isDerived } = await import("@/lib/catalog/types");

async function openBenchDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
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

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95) });

async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times `run` (and `alongside`, call for call, so that both meet the same moments of a busy machine)
 * after as many calls again to warm up (the server's JIT settles over the first hundreds of calls).
 */
async function time(n: number, run: () => Promise<unknown>, alongside?: () => Promise<unknown>) {
  for (let i = 0; i < n; i++) {
    await run();
    await alongside?.();
  }
  const samples: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < n; i++) {
    samples.push(await elapsed(run));
    if (alongside) other.push(await elapsed(alongside));
  }
  return { ...summary(samples), alongside: alongside ? summary(other) : undefined };
}

const database = await openBenchDatabase();
console.log(`Benchmark database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL server, database ict_bench)" : "embedded PGlite (.data/bench)"}`);
await applyMigrations(database.url);
const client = new pg.Client({ connectionString: database.url });
await client.connect();

// Dataset ---------------------------------------------------------------------------------------
const { fields, indicators } = await loadCatalogFiles();
const loadStart = performance.now();
for (const f of fields) await client.query(`INSERT INTO "Field"(code, "nameVi", "nameEn", "sortOrder") VALUES ($1,$2,$3,$4)`, [f.code, f.nameVi, f.nameEn, f.sortOrder]);
for (const i of indicators) {
  await client.query(
    `INSERT INTO "Indicator"(code, "fieldCode", "nameVi", "nameEn", "unitVi", "unitEn", kind, "parentCode", "numeratorCode", "denominatorCode", decimals, exhaustive, "higherIsBetter", "isKey", "activeFrom", "activeTo", example, "sortOrder")
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
    [i.code, i.field, i.nameVi, i.nameEn, i.unitVi, i.unitEn, i.kind, i.parent, i.numerator, i.denominator, i.decimals, i.exhaustive, i.higherIsBetter, i.isKey, i.activeFrom, i.activeTo, i.example, i.sortOrder],
  );
}
const months = Array.from({ length: 120 }, (_, k) => (2016 + Math.floor((k + 10) / 12)) * 100 + ((k + 10) % 12) + 1);
// Every indicator in every month, whatever months the catalog reports it in: the same load each run.
const catalog = indicators.map((i) => ({ ...i, activeFrom: null, activeTo: null }));
let total = 0;
for (let o = 1; o <= organisations; o++) {
  const id = `bench-org-${o}`;
  await client.query(`INSERT INTO "Organisation"(id, code) VALUES ($1, $2)`, [id, `tinh-${o}`]);
  await client.query(
    `INSERT INTO "OrganisationProfile"(id, "organisationId", "effectiveFrom", name, "parentAuthority", place, "documentCode", "signerName", recipients) VALUES ($1,$2,'2016-01-01','Sở Khoa học và Công nghệ',$3,$4,'SKHCN','',ARRAY[]::text[])`,
    [`bench-profile-${o}`, id, `UBND tỉnh ${o}`, `Tỉnh ${o}`],
  );
  const values = generateDemoValues(catalog, months, { scale: 0.5 + (o % 7) * 0.25, salt: `o${o}` });
  for (let start = 0; start < values.length; start += 10_000) {
    const chunk = values.slice(start, start + 10_000);
    await client.query(
      `INSERT INTO "MonthValue"(id, "organisationId", "indicatorCode", "yearMonth", value, estimate)
       SELECT 'bv-' || $1 || '-' || (n + $6), $1, i, m, v::numeric, e FROM unnest($2::text[], $3::int[], $4::text[], $5::bool[]) WITH ORDINALITY AS t(i, m, v, e, n)`,
      [id, chunk.map((v) => v.indicator), chunk.map((v) => v.yearMonth), chunk.map((v) => v.value), chunk.map((v) => v.estimate), start],
    );
  }
  total += values.length;
}
const token = generateToken();
await client.query(`INSERT INTO "User"(id, "organisationId", username, "displayName", "passwordHash", role) VALUES ('bench-user', 'bench-org-1', 'bench', 'Bench', $1, 'director')`, [await hashPassword("bench-password")]);
await client.query(`INSERT INTO "ApiToken"(id, "userId", name, "tokenHash", prefix) VALUES ('bench-token', 'bench-user', 'bench', $1, $2)`, [hashToken(token), displayPrefix(token)]);
// As autovacuum would after a bulk load; left to itself it runs in the middle of the measurements.
await client.query("VACUUM ANALYZE");
console.log(`Dataset: ${organisations} organisations × ${months.length} months × ${indicators.filter((i) => !isDerived(i.kind)).length} stored indicators = ${total.toLocaleString("vi-VN")} values (${((performance.now() - loadStart) / 1000).toFixed(1)} s)`);

// App -------------------------------------------------------------------------------------------
buildIfNeeded();
const server = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "lib/cli/serve.ts"), "--port", String(port)], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: process.env.DATABASE_URL ? "10" : "1", NEXTAUTH_SECRET: "bench", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
});
for (let i = 0; i < 120; i++) {
  if (await fetch(`${base}/login`).then((r) => r.ok).catch(() => false)) break;
  await new Promise((r) => setTimeout(r, 500));
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username: "bench", password: "bench-password" }),
  });
  return [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

// Measurements ---------------------------------------------------------------------------------
const auth = { authorization: `Bearer ${token}` };
// node:http with one kept-alive socket: a lean client, as the raw SQL side uses one pg connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (url: string, headers: Record<string, string> = auth) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(base + url, { agent, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${response.statusCode}`))));
      })
      .on("error", reject);
  });
const seriesCodes = ["ps.dossiers_online", "ps.dossiers_received"];
const seriesMonths = months.filter((m) => m >= 201701);
const aggregateCodes = ["ps.dossiers_received", "ps.dossiers_online", "tel.bts", "tel.fiber_aerial_km", "it.edocs_issued", "it.edocs_signed", "post.revenue", "tel.revenue", "it.certs_active", "tel.mobile_subscribers", "org.population"];
// As lib/values/aggregate-data.ts asks it: the months' facts and the reported period figures within the sets' span.
const factsSql = `WITH wanted(idx, ym) AS (SELECT * FROM unnest($1::int[], $2::int[]))
  SELECT w.idx, v."indicatorCode", sum(v.value)::text, count(*)::int, bool_or(v.estimate), (array_agg(v.value::text ORDER BY v."yearMonth" DESC))[1], max(v."yearMonth")
  FROM wanted w JOIN "MonthValue" v ON v."yearMonth" = w.ym AND v."organisationId" = $3 AND v."indicatorCode" = ANY($4::text[])
  GROUP BY w.idx, v."indicatorCode"
  UNION ALL
  SELECT NULL, p."indicatorCode", p.value::text, p."firstMonth", p.estimate, NULL, p."lastMonth"
  FROM "PeriodValue" p WHERE p."organisationId" = $3 AND p."indicatorCode" = ANY($4::text[]) AND p."firstMonth" >= $5 AND p."lastMonth" <= $6`;
// The same month sets the endpoints ask for: each quarter and its year to date (for targets).
const quarterSets = seriesMonths.flatMap((m) => (m % 100) % 3 === 0 ? [[m - 2, m - 1, m], Array.from({ length: m % 100 }, (_, k) => Math.floor(m / 100) * 100 + k + 1)] : []);
const yearSets = [Array.from({ length: 12 }, (_, k) => 202501 + k), Array.from({ length: 12 }, (_, k) => 202501 + k)];
const raw = (sets: number[][], codes: string[]) => () =>
  client.query(factsSql, [sets.flatMap((s, i) => s.map(() => i)), sets.flat(), "bench-org-1", codes, Math.min(...sets.flat()), Math.max(...sets.flat())]);

const seriesTimes = await time(runs, () => get(`/api/v1/series?org=tinh-1&indicator=ps.dossiers_online_rate&from=2017-01&to=2026-10&grain=quarter`), raw(quarterSets, seriesCodes));
const aggregateTimes = await time(runs, () => get(`/api/v1/aggregate?org=tinh-1&period=2025&indicators=${aggregateCodes.join(",")}`), raw(yearSets, aggregateCodes));
const [series, seriesRaw, aggregate, aggregateRaw] = [seriesTimes, seriesTimes.alongside!, aggregateTimes, aggregateTimes.alongside!];
const cookie = await signIn();
const overview = await time(30, () => get("/?period=2025-Q4", { cookie }));
const html = await get("/?period=2025-Q4", { cookie });
const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
const jsBytes = (await Promise.all(scripts.map((src) => fetch(base + src).then((r) => r.arrayBuffer())))).reduce((s, b) => s + gzipSync(Buffer.from(b)).length, 0);

server.kill("SIGTERM");
await client.end();
await database.close();

// Report ----------------------------------------------------------------------------------------
const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "OK" : "OVER TARGET");
const endpointOk = (api: { p95: number }, sql: { p95: number }) => api.p95 <= 1.5 * sql.p95 + 10;
console.log("\n| measure | p50 | p95 | target | result |\n| --- | --- | --- | --- | --- |");
console.log(`| series endpoint (10 years by quarter, a ratio) | ${ms(series.p50)} | ${ms(series.p95)} | ≤ 1.5 × SQL + 10 ms = ${ms(1.5 * seriesRaw.p95 + 10)} | ${verdict(endpointOk(series, seriesRaw))} |`);
console.log(`| same query in raw SQL | ${ms(seriesRaw.p50)} | ${ms(seriesRaw.p95)} | ratio p95 ${(series.p95 / seriesRaw.p95).toFixed(2)} | |`);
console.log(`| aggregate endpoint (a year, 11 indicators) | ${ms(aggregate.p50)} | ${ms(aggregate.p95)} | ≤ 1.5 × SQL + 10 ms = ${ms(1.5 * aggregateRaw.p95 + 10)} | ${verdict(endpointOk(aggregate, aggregateRaw))} |`);
console.log(`| same query in raw SQL | ${ms(aggregateRaw.p50)} | ${ms(aggregateRaw.p95)} | ratio p95 ${(aggregate.p95 / aggregateRaw.p95).toFixed(2)} | |`);
console.log(`| overview server render (all fields, a quarter) | ${ms(overview.p50)} | ${ms(overview.p95)} | < 300 ms | ${verdict(overview.p95 < 300)} |`);
console.log(`| overview first-load JS (gzip, ${scripts.length} files) | ${(jsBytes / 1024).toFixed(1)} kB | | < 250 kB | ${verdict(jsBytes < 250 * 1024)} |`);
process.exit(0);
