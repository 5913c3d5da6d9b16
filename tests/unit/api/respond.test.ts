import { describe, expect, it, vi } from "vitest";
import { readForm, readJson } from "@/lib/api/input";
import { withApiErrors } from "@/lib/api/respond";

const request = (body?: string, type = "application/json") =>
  new Request("http://localhost/api/v1/x", {
    method: "PUT",
    headers: { "content-type": type, "accept-language": "en" },
    body,
  });

describe("withApiErrors", () => {
  it("answers a database error with a generic 500 that carries none of its text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await withApiErrors(async () => {
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
        code: "22021",
        meta: { table: "MonthValue" },
      });
    })(new Request("http://localhost/api/v1/x", { headers: { "accept-language": "en" } }), {});
    log.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal", message: "Something went wrong. Please try again.", details: [] },
    });
    expect(text).not.toMatch(/UTF8|MonthValue|22021/);
  });

  it("reads bodies through readJson: 415 for other types, 413 over 1 MB, 400 for bad JSON or NUL", async () => {
    const status = (r: Request) =>
      withApiErrors(async (req) => Response.json(await readJson(req)))(r, {}).then((res) => res.status);
    expect(await status(request("{}"))).toBe(200);
    expect(await status(request("{}", "text/plain"))).toBe(415);
    expect(await status(request(JSON.stringify({ a: "x".repeat(1_100_000) })))).toBe(413);
    expect(await status(request("{"))).toBe(400);
    expect(await status(request('{"a":"\\u0000"}'))).toBe(400);
  });

  it("names what it refuses: deep JSON before parsing, a lone surrogate's path, in the caller's language", async () => {
    const answer = (r: Request) => withApiErrors(async (req) => Response.json(await readJson(req)))(r, {});
    const deep = await answer(request(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`));
    expect(deep.status).toBe(400);
    expect((await deep.json()).error.details).toEqual([
      { path: "", message: "The JSON nests too deep (at most 32 levels).", params: { max: 32 } },
    ]);
    const surrogate = await answer(request('{"values":[{"note":"a\\ud800"}]}'));
    expect(surrogate.status).toBe(400);
    expect((await surrogate.json()).error.details).toEqual([
      { path: "values.0.note", message: "May not contain a NUL character or a broken Unicode character." },
    ]);
  });

  it("counts a multipart body's bytes as they arrive, without a Content-Length, and refuses unstorable fields", async () => {
    const answer = (r: Request) =>
      withApiErrors(async (req) => Response.json(Object.keys(await readForm(req, 100_000))))(r, {});
    const form = new FormData();
    form.set("org", "tra-vinh");
    form.set("file", new File(["x".repeat(200_000)], "big.txt"));
    const encoded = new Response(form);
    const streamed = new Request("http://localhost/api/v1/x", {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type")! },
      body: encoded.body,
      duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("content-length")).toBeNull();
    expect((await answer(streamed)).status).toBe(413);
    const small = new FormData();
    small.set("org", "tra\u0000vinh");
    expect((await answer(new Request("http://localhost/api/v1/x", { method: "POST", body: small }))).status).toBe(400);
    const named = new FormData();
    named.set("file", new File(["x"], "a\u0000.txt"));
    const refused = await answer(new Request("http://localhost/api/v1/x", { method: "POST", body: named }));
    expect([refused.status, (await refused.json()).error.details[0].path]).toEqual([400, "file"]);
    const fine = new FormData();
    fine.set("org", "tra-vinh");
    expect(
      await (await answer(new Request("http://localhost/api/v1/x", { method: "POST", body: fine }))).json(),
    ).toEqual(["org"]);
  });
});
