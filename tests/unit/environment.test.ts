import { describe, expect, it } from "vitest";
import { environmentProblems } from "@/lib/environment";

describe("environmentProblems", () => {
  it("accepts no variables at all (npm start's embedded demo)", () => {
    expect(environmentProblems({})).toBeNull();
  });

  it("accepts a complete, correct configuration and ignores unrelated variables", () => {
    const env = {
      DATABASE_URL: "postgresql://ict:p%40ss@db.internal:5432/ict?sslmode=require",
      DATABASE_POOL_SIZE: "10",
      PORT: "8080",
      NEXTAUTH_URL: "https://baocao.example.gov.vn",
      NEXTAUTH_SECRET: "a-long-random-secret",
      DEMO: "0",
      NODE_ENV: "production",
      HOME: "/home/ict",
      PATH: "/usr/bin",
    };
    expect(environmentProblems(env)).toBeNull();
    expect(environmentProblems({ DATABASE_URL: "postgres://localhost/ict", DEMO: "true" })).toBeNull();
  });

  it("treats an empty value (NAME= in .env) as not set", () => {
    expect(environmentProblems({ DATABASE_URL: "", PORT: "", DEMO: "" })).toBeNull();
  });

  it("names each bad variable with what was expected, one per line", () => {
    const problems = environmentProblems({ DATABASE_URL: "mysql://root@localhost/ict", PORT: "eighty", DEMO: "yes" })!;
    expect(problems.split("\n")).toEqual([
      "DATABASE_URL: expected a PostgreSQL URL such as postgresql://user:password@host:5432/database",
      "PORT: expected a port number",
      "DEMO: expected 0 (no demo organisation) or 1",
    ]);
  });

  it.each([
    ["DATABASE_URL", "localhost:5432/ict"],
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "2.5"],
    ["PORT", "70000"],
    ["PORT", "0"],
    ["NEXTAUTH_URL", "localhost:3000"],
    ["NEXTAUTH_URL", "ftp://example.org"],
    ["NODE_ENV", "staging"],
    ["TEST_POSTGRES_URL", "http://localhost:5432"],
    ["E2E_PORT", "-1"],
  ])("refuses %s=%s", (name, value) => {
    expect(environmentProblems({ [name]: value })).toMatch(new RegExp(`^${name}: expected`));
  });

  it("never repeats a bad value (a URL may hold a password)", () => {
    expect(environmentProblems({ DATABASE_URL: "mysql://root:s3cret@db/ict" })).not.toContain("s3cret");
  });
});
