import { describe, expect, it } from "vitest";
import { refuseMalformedApiRequest } from "@/lib/api/request-guard";

const request = (path: string, method = "GET", language = "en") =>
  new Request(`http://localhost${path}`, { method, headers: { "accept-language": language } });

describe("refuseMalformedApiRequest", () => {
  it("answers a broken percent-encoding in an /api/v1 path with 400 and the error body", async () => {
    const response = refuseMalformedApiRequest(request("/api/v1/reports/%E0%A4%A"))!;
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "malformed", message: "The request is malformed.", details: [] },
    });
    expect(refuseMalformedApiRequest(request("/api/v1/reports/a%00b"))?.status).toBe(400);
  });

  it("answers a method no route handles with 405 in the caller's language", async () => {
    const response = refuseMalformedApiRequest(request("/api/v1/values", "PROPFIND", "vi"))!;
    expect(response.status).toBe(405);
    expect((await response.json()).error).toMatchObject({
      code: "methodNotAllowed",
      message: expect.stringContaining("Phương thức"),
    });
  });

  it("lets well-formed requests and other paths through", () => {
    expect(refuseMalformedApiRequest(request("/api/v1/reports/%C3%A1"))).toBeNull();
    expect(refuseMalformedApiRequest(request("/api/v1/values", "PUT"))).toBeNull();
    expect(refuseMalformedApiRequest(request("/reports/%E0%A4%A"))).toBeNull();
  });
});
