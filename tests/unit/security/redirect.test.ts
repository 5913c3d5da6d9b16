import { describe, expect, it } from "vitest";
import { safeRedirect, sameOriginPath } from "@/lib/security/redirect";

const base = "http://localhost:3000";

describe("safeRedirect (next-auth's redirect callback)", () => {
  it.each([
    ["//evil.example", `${base}/`],
    ["/.//evil.example", `${base}/`],
    ["/\\evil.example", `${base}/`],
    ["\\\\evil.example", `${base}/`],
    ["/\t/evil.example", `${base}/`],
    ["https://evil.example", `${base}/`],
    ["https://evil.example/reports", `${base}/`],
    ["http://localhost:3000.evil.example/", `${base}/`],
    ["http://localhost:4000/reports", `${base}/`],
    ["https://localhost:3000/reports", `${base}/`],
    ["javascript:alert(1)", `${base}/`],
    ["data:text/html,<script>alert(1)</script>", `${base}/`],
    ["/%2F%2Fevil.example", `${base}/`],
    ["/%5Cevil.example", `${base}/`],
    ["/reports?x=1", `${base}/reports?x=1`],
    ["/reports?x=1#top", `${base}/reports?x=1#top`],
    ["/", `${base}/`],
    ["", `${base}/`],
    ["reports", `${base}/reports`],
    [`${base}/entry?month=2023-06`, `${base}/entry?month=2023-06`],
    ["/a/../admin", `${base}/admin`],
  ])("%j goes to %s", (url, expected) => {
    expect(safeRedirect(url, base)).toBe(expected);
  });

  it("keeps the site's origin when baseUrl carries a path", () => {
    expect(safeRedirect("//evil.example", `${base}/api/auth`)).toBe(`${base}/`);
  });
});

describe("sameOriginPath (the login page's callbackUrl)", () => {
  it("answers a path of this site or null", () => {
    expect(sameOriginPath("/reports?x=1", base)).toBe("/reports?x=1");
    expect(sameOriginPath("/.//evil.example", base)).toBeNull();
    expect(sameOriginPath("https://evil.example", base)).toBeNull();
    expect(sameOriginPath("/%E0%A4%A", base)).toBeNull();
  });
});
