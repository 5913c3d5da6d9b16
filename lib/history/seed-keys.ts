import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AnswerKey } from "./evaluate";
import { foldText } from "./fold";
import { planStart } from "./structure";

// The real reports and their hand-made answer keys (tests/fixtures/seeds: 000, 001, 003), read by
// `npm run eval:import` and by the unit test that holds the engine to its aims.

export const seedFixtureDir = path.resolve(import.meta.dirname, "../../tests/fixtures/seeds");

export interface SeedCase {
  name: string;
  text: string;
  key: AnswerKey;
}

export function loadSeedCases(dir = seedFixtureDir): SeedCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const key = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as AnswerKey & { seed: string };
      return {
        name: `seed ${file.slice(0, 3)} (${key.period})`,
        text: readFileSync(path.join(dir, key.seed), "utf8"),
        key,
      };
    });
}

/**
 * About 30 pages of report: the seeds' results, one after another until 90 000 characters (their
 * plans are left out: after a plan's heading nothing is read as a figure).
 */
export function thirtyPages(seeds: SeedCase[]): string {
  const results = seeds.map(({ text }) => {
    const folded = foldText(text);
    const plan = planStart(folded.text);
    return plan < folded.text.length ? text.slice(0, folded.origin[plan]) : text;
  });
  const parts: string[] = [];
  for (let i = 0; parts.join("\n\n").length < 90_000; i++) parts.push(results[i % results.length]);
  return parts.join("\n\n");
}
