import { afterEach, describe, expect, it, vi } from "vitest";
import { isAppError } from "@/lib/errors";
import { assertSameOriginWrite } from "@/lib/security/origin";

const site = "http://localhost:3000";

function request(method: string, headers: Record<string, string>, url = `${site}/api/v1/values`): Request {
  return new Request(url, { method, headers });
}

function refusal(req: Request): string | null {
  try {
    assertSameOriginWrite(req);
    return null;
  } catch (error) {
    return isAppError(error) ? error.code : "thrown";
  }
}

const cookie = { cookie: "next-auth.session-token=abc" };

afterEach(() => vi.unstubAllEnvs());

describe("assertSameOriginWrite", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses a cross-site %s with the session cookie", (method) => {
    expect(refusal(request(method, { ...cookie, origin: "https://evil.example" }))).toBe("forbidden");
  });

  it("refuses a cookie write with no Origin and no Referer, a null Origin, or a foreign Referer", () => {
    expect(refusal(request("PUT", cookie))).toBe("forbidden");
    expect(refusal(request("PUT", { ...cookie, origin: "null" }))).toBe("forbidden");
    expect(refusal(request("PUT", { ...cookie, referer: "https://evil.example/page" }))).toBe("forbidden");
    expect(refusal(request("PUT", { ...cookie, origin: "http://localhost:3000.evil.example" }))).toBe("forbidden");
    expect(refusal(request("PUT", { ...cookie, origin: "http://localhost:3001" }))).toBe("forbidden");
  });

  it("accepts a write from the app's own pages (Origin, else Referer)", () => {
    expect(refusal(request("PUT", { ...cookie, origin: site }))).toBeNull();
    expect(refusal(request("POST", { ...cookie, referer: `${site}/entry?month=2023-06` }))).toBeNull();
  });

  it("accepts the origin of NEXTAUTH_URL and of the proxy in front (x-forwarded-*)", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://ict.example.gov.vn");
    expect(refusal(request("PUT", { ...cookie, origin: "https://ict.example.gov.vn" }))).toBeNull();
    const proxied = {
      ...cookie,
      origin: "https://desk.example",
      "x-forwarded-host": "desk.example",
      "x-forwarded-proto": "https",
    };
    expect(refusal(request("PUT", proxied, "http://127.0.0.1:3000/api/v1/values"))).toBeNull();
  });

  it("leaves reads, bearer-token calls and cookie-less calls alone", () => {
    expect(refusal(request("GET", { ...cookie, origin: "https://evil.example" }))).toBeNull();
    expect(refusal(request("HEAD", cookie))).toBeNull();
    expect(
      refusal(request("PUT", { ...cookie, authorization: "Bearer t", origin: "https://evil.example" })),
    ).toBeNull();
    expect(refusal(request("PUT", { origin: "https://evil.example" }))).toBeNull();
  });
});

describe("withApiErrors refuses a forged write before the handler runs", () => {
  it("answers 403 in the error envelope, and lets bearer-token writes through", async () => {
    const { withApiErrors } = await import("@/lib/api/respond");
    let calls = 0;
    const route = withApiErrors(async () => {
      calls += 1;
      return Response.json({ ok: true });
    });
    const forged = await route(
      request("PUT", { ...cookie, origin: "https://evil.example", "accept-language": "en" }),
      {},
    );
    expect(forged.status).toBe(403);
    const body = await forged.json();
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).toEqual(expect.any(String));
    expect(calls).toBe(0);
    const bearer = await route(request("PUT", { authorization: "Bearer t", origin: "https://evil.example" }), {});
    expect(bearer.status).toBe(200);
    expect(calls).toBe(1);
  });
});
