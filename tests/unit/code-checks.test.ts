import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";

// The format and cycle checks of `npm test` (package.json's format:check and lint:cycles) fail on a
// bad file: each is run as npm runs it, over the whole code and a file written to break it.

const root = path.resolve(import.meta.dirname, "../..");
// Inside the repository, so that Prettier reads its configuration.
const dir = mkdtempSync(path.join(root, ".code-checks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npmRun(script: string, files: string[]) {
  const run = spawnSync("npm", ["run", "--silent", script, "--", ...files], { cwd: root, encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

test("the format check fails on a file laid out by hand, and names it", () => {
  const file = path.join(dir, "by-hand.ts");
  writeFileSync(file, "export const total = {a:1,\n  b : 2}\n");
  const check = npmRun("format:check", [file]);
  expect(check.status).not.toBe(0);
  expect(check.output).toContain("by-hand.ts");
}, 60_000);

test("the cycle check fails on two modules that import each other's types", () => {
  const a = path.join(dir, "a.ts");
  const b = path.join(dir, "b.ts");
  writeFileSync(a, 'import type { B } from "./b";\n\nexport interface A {\n  b?: B;\n}\n');
  writeFileSync(b, 'import type { A } from "./a";\n\nexport interface B {\n  a?: A;\n}\n');
  const check = npmRun("lint:cycles", [a]);
  expect(check.status).not.toBe(0);
  expect(check.output).toMatch(/a\.ts -> .*b\.ts/);
}, 60_000);
