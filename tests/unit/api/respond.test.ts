import { describe, expect, it, vi } from "vitest";
import { readJson } from "@/lib/api/input";
import { apiRoute } from "@/lib/api/respond";

const request = (body?: string, type = "application/json") => new Request("http://localhost/api/v1/x", { method: "PUT", headers: { "content-type": type, "accept-language": "en" }, body });

describe("apiRoute", () => {
  it("answers a database error with a generic 500 that carries none of its text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await apiRoute(async () => {
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021", meta: { table: "MonthValue" } });
    })(new Request("http://localhost/api/v1/x", { headers: { "accept-language": "en" } }), {});
    log.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong. Please try again.", details: [] } });
    expect(text).not.toMatch(/UTF8|MonthValue|22021/);
  });

  it("reads bodies through readJson: 415 for other types, 413 over 1 MB, 400 for bad JSON or NUL", async () => {
    const status = (r: Request) => apiRoute(async (req) => Response.json(await readJson(req)))(r, {}).then((res) => res.status);
    expect(await status(request("{}"))).toBe(200);
    expect(await status(request("{}", "text/plain"))).toBe(415);
    expect(await status(request(JSON.stringify({ a: "x".repeat(1_100_000) })))).toBe(413);
    expect(await status(request("{"))).toBe(400);
    expect(await status(request('{"a":"\\u0000"}'))).toBe(400);
  });
});
