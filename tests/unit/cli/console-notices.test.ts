import { describe, expect, it } from "vitest";
import { demoInProductionWarning, framed, setupCodeNotice, setupUrl } from "@/lib/cli/console-notices";

describe("console notices", () => {
  it("frame their lines in one width", () => {
    const lines = framed(["short", "a longer line"]).split("\n");
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[1]).toBe("║ short         ║");
  });

  it("give the set-up page's address from NEXTAUTH_URL or the port", () => {
    expect(setupUrl({ PORT: "3005" })).toBe("http://localhost:3005/setup");
    expect(setupUrl({ NEXTAUTH_URL: "https://bao-cao.example.gov.vn/" })).toBe("https://bao-cao.example.gov.vn/setup");
    expect(setupCodeNotice("7K3Q-0M1X-9ZTB", "http://localhost:3000/setup")).toMatch(
      /http:\/\/localhost:3000\/setup[\s\S]*7K3Q-0M1X-9ZTB/,
    );
  });

  it("name the demo accounts and their password in the production warning", () => {
    const warning = demoInProductionWarning(["admin", "vanphong"], "demo1234");
    expect(warning).toContain("NODE_ENV=production");
    expect(warning).toContain("admin, vanphong");
    expect(warning).toContain("demo1234");
  });
});
