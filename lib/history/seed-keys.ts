import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AnswerKey } from "./evaluate";

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
      return { name: `seed ${file.slice(0, 3)} (${key.period})`, text: readFileSync(path.join(dir, key.seed), "utf8"), key };
    });
}
