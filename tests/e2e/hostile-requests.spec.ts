import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { runCli } from "../support/cli";
import { multipart, send, sendRaw, type RawAnswer, type RawRequest } from "../support/raw-http";

// What an attacker sends to the running server (lib/cli/serve.ts in front of Next): the server
// answers each with a 4xx, never a 5xx or a dropped connection, and still answers its health check
// afterwards. Tokens are made with `npm run user:token`, as an operator would.

const port = Number(process.env.E2E_PORT ?? 3100);
const org = "tra-vinh-stttt";
const manyNumbers = "Số trạm BTS 1290 trạm, ".repeat(60_000);
let office = "";

test.beforeAll(async () => {
  office = (await runCli("user-token.ts", ["vanphong", "hostile requests"])).stdout.trim();
});

const healthy = async () => expect((await send(port, { path: "/api/health" })).status).toBe(200);
const json = () => ({ "content-type": "application/json", authorization: `Bearer ${office}`, "accept-language": "vi" });
const importJson = (text: string, extra: Record<string, unknown> = {}): RawRequest => ({
  method: "POST",
  path: "/api/v1/imports",
  headers: json(),
  body: JSON.stringify({ org, text, ...extra }),
});

function errorOf(answer: RawAnswer): {
  code: string;
  message: string;
  details: { path?: string; limit?: string; message?: string }[];
} {
  return JSON.parse(answer.body).error;
}

test("a report of 60 000 numbers gets a 4xx within seconds while other requests are served", async () => {
  test.setTimeout(120_000);
  const reading = send(port, importJson(manyNumbers));
  let served = 0;
  let done = false;
  void reading.then(() => (done = true));
  while (!done) {
    const health = await send(port, { path: "/api/health" });
    expect(health.status).toBe(200);
    served++;
    await new Promise((r) => setTimeout(r, 50));
  }
  const answer = await reading;
  expect(answer.status).toBe(422);
  expect(answer.ms).toBeLessThan(10_000);
  expect(errorOf(answer).details).toEqual([
    expect.objectContaining({ path: "text", limit: "numbers", message: expect.stringContaining("15.000 số") }),
  ]);
  expect(served).toBeGreaterThan(0);
});

test("the texts that once ran the server out of memory are refused, naming the limit", async () => {
  test.setTimeout(120_000);
  const nineMegabytes = await send(port, importJson("1 ".repeat(4_500_000)));
  expect(nineMegabytes.status).toBe(413);
  await healthy();
  const tooLong = await send(port, importJson("1 ".repeat(1_250_000)));
  expect(tooLong.status).toBe(422);
  expect(errorOf(tooLong).details[0]).toMatchObject({ path: "text" });
  await healthy();
  // The same text as a file, sent in chunks without a length.
  const upload = multipart({ org }, { name: "report.txt", content: manyNumbers });
  const chunks = Array.from({ length: Math.ceil(upload.body.length / 65_536) }, (_, i) =>
    upload.body.subarray(i * 65_536, (i + 1) * 65_536),
  );
  const chunked = await send(port, {
    method: "POST",
    path: "/api/v1/imports",
    headers: { "content-type": upload.type, authorization: `Bearer ${office}` },
    body: chunks,
  });
  expect(chunked.status).toBe(422);
  expect(errorOf(chunked).details[0]).toMatchObject({ limit: "numbers" });
  await healthy();
});

test("a chunked upload without a length is counted as it arrives (413)", async () => {
  const { type } = multipart({ org });
  const boundary = type.split("boundary=")[1];
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n`,
  );
  const body = [head, ...Array.from({ length: 340 }, () => Buffer.alloc(65_536, 0x31))];
  const answer = await send(port, {
    method: "POST",
    path: "/api/v1/imports",
    headers: { "content-type": type, authorization: `Bearer ${office}` },
    body,
  });
  expect(answer.status).toBe(413);
  expect(errorOf(answer).code).toBe("tooLarge");
  await healthy();
});

test("wrong tokens count against the connection's address, whatever X-Forwarded-For says", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    const answer = await send(port, {
      path: "/api/v1/indicators",
      localAddress: "127.0.0.7",
      headers: { authorization: "Bearer ictrd_wrong", "x-forwarded-for": `203.0.113.${i}` },
    });
    statuses.push(answer.status);
  }
  expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
  expect(new Set(statuses.slice(4))).toEqual(new Set([429]));
  // A valid token from another address is served; so is one from the limited address's neighbours.
  expect(
    (
      await send(port, {
        path: "/api/v1/indicators",
        localAddress: "127.0.0.8",
        headers: { authorization: `Bearer ${office}` },
      })
    ).status,
  ).toBe(200);
});

test("methods, addresses and lines the server cannot take are answered, not dropped", async () => {
  const long = await send(port, { path: `/api/v1/indicators?x=${"a".repeat(100_000)}` });
  expect(long.status).toBe(414);
  expect(errorOf(long).code).toBe("uriTooLong");
  expect((await send(port, { path: `/api/v1/indicators?x=${"a".repeat(9_000)}` })).status).toBe(414);
  for (const method of ["CONNECT", "TRACK", "FOO", "TRACE"]) {
    const target = method === "CONNECT" ? "localhost:443" : "/api/v1/indicators";
    const answer = await sendRaw(
      port,
      `${method} ${target} HTTP/1.1\r\nhost: localhost\r\naccept-language: en\r\n\r\n`,
    );
    expect(answer.status, method).toBe(405);
    expect(JSON.parse(answer.body).error.code).toBe("methodNotAllowed");
  }
  expect(
    (await sendRaw(port, `GET / HTTP/1.1\r\nhost: localhost\r\nx-big: ${"b".repeat(20_000)}\r\n\r\n`)).status,
  ).toBe(431);
  await healthy();
});

test("generated hostile requests never get a 5xx, and the server answers its health check after each", async () => {
  test.setTimeout(240_000);
  const deep = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      "tra\u0000vinh",
      "x\ud800y",
      "\udc00",
      "Số trạm BTS 1290 trạm",
      "2024-Q1",
      "%00",
      "../../etc/passwd",
      "😀",
    ),
    fc.constantFrom(10, 5_000, 15_001, 40_000).map((n) => "1 ".repeat(n)),
    fc.constantFrom(100, 1_000, 16_000).map((n) => "Số trạm BTS 1290 trạm, ".repeat(n)),
  );
  const jsonCase = fc.record({
    kind: fc.constant("json" as const),
    body: fc.oneof(
      fc
        .record({
          org: fc.oneof(fc.constant(org), text),
          text,
          period: fc.option(fc.constantFrom("2024-Q1", "2019-13", "x\u0000")),
          version: fc.option(fc.constantFrom(2147483648, -1, 1e308)),
        })
        .map((v) => JSON.stringify(v)),
      fc.integer({ min: 33, max: 20_000 }).map(deep),
      fc
        .integer({ min: 33, max: 20_000 })
        .map((n) => JSON.stringify({ org, text: "x", note: "n" }).replace('"n"', deep(n))),
      fc.constantFrom(
        '{"org":"tra-vinh-stttt","text":"a\\u0000b"}',
        '{"org":"tra-vinh-stttt","text":"\\ud800"}',
        "{",
        "",
        "[]".repeat(100_000),
      ),
    ),
    chunked: fc.boolean(),
  });
  const uploadCase = fc.record({
    kind: fc.constant("upload" as const),
    fields: fc.record(
      { org: fc.oneof(fc.constant(org), fc.constant("tra\u0000vinh"), text), period: fc.oneof(fc.constant(""), text) },
      { requiredKeys: ["org"] },
    ),
    name: fc.constantFrom(
      "report.txt",
      "bad\u0000.txt",
      "x\ud800.txt",
      "report.docx",
      "report.pdf",
      "a".repeat(400) + ".txt",
      "noext",
    ),
    content: fc.oneof(text, fc.constantFrom("\u0000\u0000", "PK\u0003\u0004broken", "%PDF-1.7 broken", "\ud800")),
    chunked: fc.boolean(),
  });
  const queryCase = fc.record({
    kind: fc.constant("query" as const),
    path: fc.constantFrom(
      "/api/v1/series",
      "/api/v1/aggregate",
      "/api/v1/values",
      "/api/v1/imports/x",
      "/api/v1/reports/x",
    ),
    query: fc.oneof(
      fc.constantFrom("org=tra%00vinh", "period=%ED%A0%80", "indicator=%ud800", "from=2147483648"),
      fc.integer({ min: 1, max: 120_000 }).map((n) => `x=${"a".repeat(n)}`),
    ),
  });

  await fc.assert(
    fc.asyncProperty(fc.oneof(jsonCase, uploadCase, queryCase), async (c) => {
      let answer: RawAnswer;
      if (c.kind === "query") {
        answer = await send(port, { path: `${c.path}?${c.query}`, headers: { authorization: `Bearer ${office}` } });
      } else if (c.kind === "json") {
        const body = Buffer.from(c.body);
        answer = await send(port, {
          method: "POST",
          path: "/api/v1/imports",
          headers: json(),
          body: c.chunked ? [body.subarray(0, 10), body.subarray(10)] : body,
        });
      } else {
        const { body, type } = multipart(c.fields, { name: c.name, content: c.content });
        const headers = { "content-type": type, authorization: `Bearer ${office}` };
        answer = await send(port, {
          method: "POST",
          path: "/api/v1/imports",
          headers,
          body: c.chunked ? [body.subarray(0, 100), body.subarray(100)] : body,
        });
      }
      expect(answer.status, JSON.stringify(c).slice(0, 300)).toBeGreaterThanOrEqual(200);
      expect(answer.status, `${JSON.stringify(c).slice(0, 300)}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
      if (answer.status >= 400) expect(errorOf(answer).message).toEqual(expect.any(String));
      await healthy();
    }),
    { numRuns: 60, seed: 16 },
  );
});
