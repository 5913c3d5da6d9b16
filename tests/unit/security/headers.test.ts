import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, servedOverHttps } from "@/lib/security/headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce and forbids framing, plugins and foreign forms", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
      "img-src 'self' data: blob:",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'strict-dynamic' 'unsafe-eval'");
  });
});

describe("createNonce", () => {
  it("is base64 and different each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("servedOverHttps", () => {
  const get = (url: string, headers: Record<string, string> = {}) => servedOverHttps(new Request(url, { headers }));
  it("trusts the forwarded protocol, else the URL", () => {
    expect(get("http://localhost:3000/")).toBe(false);
    expect(get("https://ict.example/")).toBe(true);
    expect(get("http://127.0.0.1:3000/", { "x-forwarded-proto": "https" })).toBe(true);
    expect(get("http://127.0.0.1:3000/", { "x-forwarded-proto": "https, http" })).toBe(true);
    expect(get("https://ict.example/", { "x-forwarded-proto": "http" })).toBe(false);
  });
});
