import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as aggregate from "@/app/api/v1/aggregate/route";
import * as importApply from "@/app/api/v1/imports/[id]/apply/route";
import * as importOne from "@/app/api/v1/imports/[id]/route";
import * as imports from "@/app/api/v1/imports/route";
import * as indicators from "@/app/api/v1/indicators/route";
import * as reportDocx from "@/app/api/v1/reports/[id]/docx/route";
import * as report from "@/app/api/v1/reports/[id]/route";
import * as reports from "@/app/api/v1/reports/route";
import * as series from "@/app/api/v1/series/route";
import * as values from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

const org = "tra-vinh-stttt";
// Fuzzed writes that happen to be valid land in this month, removed afterwards.
const fuzzMonth = "1990-01";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const routes: { path: string; module: Record<string, unknown>; id?: boolean }[] = [
  { path: "/api/v1/aggregate", module: aggregate },
  { path: "/api/v1/indicators", module: indicators },
  { path: "/api/v1/reports", module: reports },
  { path: "/api/v1/reports/x", module: report, id: true },
  { path: "/api/v1/reports/x/docx", module: reportDocx, id: true },
  { path: "/api/v1/series", module: series },
  { path: "/api/v1/values", module: values },
  { path: "/api/v1/imports", module: imports },
  { path: "/api/v1/imports/x", module: importOne, id: true },
  { path: "/api/v1/imports/x/apply", module: importApply, id: true },
];
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

async function call(route: (typeof routes)[number], method: string, request: Request, id = "x"): Promise<Response> {
  const handler = route.module[method] as Handler;
  return handler(request, { params: Promise.resolve({ id }) });
}

async function expectErrorEnvelope(response: Response, status?: number) {
  if (status !== undefined) expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toEqual({
    error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array) },
  });
  return body.error as { code: string; message: string; details: { path?: string; message: string }[] };
}

describe("bounded input on /api/v1", () => {
  let office: string;
  let organisationId: string;
  const createdReports: string[] = [];

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    // The office may call every route: each refusal here is the input's, never the role's.
    office = await tokenFor("vanphong");
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await db().valueAudit.deleteMany({ where: { organisationId, yearMonth: 199001 } });
    await db().monthValue.deleteMany({ where: { organisationId, yearMonth: 199001 } });
    await db().report.deleteMany({ where: { id: { in: createdReports } } });
    await disconnectDb();
  });

  const put = (body: unknown, headers: Record<string, string> = {}) => {
    const request = apiRequest("/api/v1/values", { token: office, method: "PUT", body });
    for (const [k, v] of Object.entries(headers)) request.headers.set(k, v);
    return values.PUT(request, {});
  };

  it("refuses a value the column cannot hold with 422 naming the limit", async () => {
    for (const value of ["123456789012345", 9007199254740991, "-100000000000000", 1e21]) {
      const error = await expectErrorEnvelope(
        await put({ org, period: "2024-03", values: [{ indicator: "tel.bts", value }] }),
        422,
      );
      expect(JSON.stringify(error.details)).toMatch(/100000000000000|Không phải là số/);
    }
  });

  it("refuses months outside the accepted years with 422", async () => {
    for (const period of ["0000-01", "9999-12", "2024-13"])
      await expectErrorEnvelope(await put({ org, period, values: [{ indicator: "tel.bts", value: 1 }] }), 422);
    await expectErrorEnvelope(
      await values.GET(apiRequest(`/api/v1/values?org=${org}&period=9999-12`, { token: office }), {}),
      400,
    );
  });

  it("answers a NUL character in a body, a query or a path with 400, never a database error", async () => {
    await expectErrorEnvelope(
      await put({ org, period: "2024-03", values: [{ indicator: "tel.bts", value: 1, note: "a\u0000b" }] }),
      400,
    );
    await expectErrorEnvelope(
      await values.GET(apiRequest(`/api/v1/values?org=tra%00vinh&period=2024-03`, { token: office }), {}),
      400,
    );
    await expectErrorEnvelope(
      await reports.POST(
        apiRequest("/api/v1/reports", {
          token: office,
          method: "POST",
          body: { org: "tra\u0000vinh", kind: "month", period: "2024-03" },
        }),
        {},
      ),
      400,
    );
    await expectErrorEnvelope(
      await call(routes[3], "GET", apiRequest("/api/v1/reports/a%00b", { token: office }), "a\u0000b"),
      400,
    );
  });

  it("takes only application/json for writes (415) and at most 1 MB (413)", async () => {
    await expectErrorEnvelope(await put({ org }, { "content-type": "text/plain" }), 415);
    await expectErrorEnvelope(await put({ org }, { "content-type": "application/x-www-form-urlencoded" }), 415);
    expect(
      (await put({ org, period: "2024-03", values: [] }, { "content-type": "application/json; charset=utf-8" })).status,
    ).toBe(422);
    const big = JSON.stringify({
      org,
      period: "2024-03",
      values: [{ indicator: "tel.bts", value: 1, note: "x".repeat(2_000_000) }],
    });
    await expectErrorEnvelope(await put(big), 413);
    // A Content-Length that claims too much is refused before reading.
    await expectErrorEnvelope(await put("{}", { "content-length": String(50_000_000) }), 413);
    // A stream without a length is counted while it is read.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        controller.close();
      },
    });
    const streamed = new Request("http://localhost/api/v1/values", {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${office}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectErrorEnvelope(await values.PUT(streamed, {}), 413);
  });

  it("answers methods a route does not support with 405, the error body and Allow", async () => {
    const response = await values.PATCH(apiRequest("/api/v1/values", { token: office, method: "PATCH", body: {} }));
    const error = await expectErrorEnvelope(response, 405);
    expect(error.code).toBe("methodNotAllowed");
    expect(response.headers.get("allow")).toBe("GET, PUT, HEAD, OPTIONS");
    const options = await values.OPTIONS(apiRequest("/api/v1/values", { method: "OPTIONS" }));
    expect([options.status, options.headers.get("allow")]).toEqual([204, "GET, PUT, HEAD, OPTIONS"]);
    for (const route of routes) {
      const exported = methods.filter((m) => typeof route.module[m] === "function");
      expect(exported, route.path).toEqual([...methods]);
    }
  });

  it("never answers generated bad bodies, queries and headers with a 5xx, always with the error envelope", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        org,
        "tel.bts",
        "2024-03",
        "2024-Q1",
        "2024-13-45",
        "0000-01",
        "9999-12",
        fuzzMonth,
        "a\u0000b",
        "%E0%A4%A",
        "123456789012345",
        "9007199254740991",
        "-1",
        "1e400",
        "NaN",
        "'; drop table",
        "month",
        "ytd",
      ),
    );
    const jsonish = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record(
        {
          org: fc.oneof(fc.constant(org), text),
          period: fc.oneof(fc.constant(fuzzMonth), text),
          kind: fc.oneof(fc.constantFrom("month", "quarter", "year"), text),
          values: fc.oneof(
            fc.array(
              fc.record(
                {
                  indicator: fc.oneof(fc.constant("tel.bts"), text),
                  value: fc.oneof(fc.double(), fc.integer(), text, fc.constant(null), fc.constant(9007199254740991)),
                  note: fc.option(text),
                  estimate: fc.oneof(fc.boolean(), text),
                  version: fc.oneof(fc.integer(), text),
                },
                { requiredKeys: [] },
              ),
              { maxLength: 3 },
            ),
            fc.jsonValue({ maxDepth: 2 }),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const body = fc.oneof(
      jsonish.map((v) => JSON.stringify(v) ?? "null"),
      fc.string({ maxLength: 40 }),
      fc.constantFrom("", "{", "[1,", "\u0000", '{"a":"\\u0000"}', "null", "1e999"),
    );
    const query = fc.dictionary(
      fc.constantFrom("org", "period", "field", "indicators", "indicator", "from", "to", "grain", "x"),
      text,
      { maxKeys: 6 },
    );
    const headers = fc.record({
      "content-type": fc.constantFrom(
        "application/json",
        "text/plain",
        "application/json; charset=latin1",
        "multipart/form-data",
        "",
        "APPLICATION/JSON",
      ),
      "accept-language": fc.constantFrom("vi", "en", "", "xx;q=abc", "en-US,en;q=0.9"),
      // Always the office's token: wrong tokens are another suite's subject (and count against the caller's address).
      authorization: fc.constant("valid"),
      "content-length": fc.constantFrom("", "", "abc", "-1", "99999999999"),
    });
    const id = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom("a\u0000b", "x".repeat(500), "../../etc", "%E0%A4%A", "cl0000000000000000000000"),
    );

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...methods),
        query,
        body,
        headers,
        id,
        async (route, method, params, payload, head, pathId) => {
          const search = new URLSearchParams(params).toString();
          const requestHeaders = new Headers();
          for (const [k, v] of Object.entries(head)) {
            if (!v) continue;
            try {
              requestHeaders.set(k, k === "authorization" && v === "valid" ? `Bearer ${office}` : v);
            } catch {
              // A header value fetch itself refuses never reaches a handler.
            }
          }
          const hasBody = method !== "GET";
          const request = new Request(`http://localhost${route.path}?${search}`, {
            method,
            headers: requestHeaders,
            body: hasBody ? payload : undefined,
          });
          const response = await call(route, method, request, pathId);
          expect(response.status, `${method} ${route.path}?${search} ${payload}`).toBeLessThan(500);
          if (response.status === 201 && route.path === "/api/v1/reports")
            createdReports.push((await response.clone().json()).id);
          if (response.status >= 400) await expectErrorEnvelope(response);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
