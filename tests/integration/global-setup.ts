import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    postgresUrl: string;
  }
}

let database: TestDatabase | undefined;

/** One migrated database for the integration suite; tests that need an empty one make their own. */
export async function setup(project: TestProject) {
  process.env.TEST_POSTGRES_URL ??= process.env.DATABASE_URL ?? "";
  project.provide("postgresUrl", process.env.TEST_POSTGRES_URL);
  database = await createTestDatabase("integration");
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
}

export async function teardown() {
  await database?.drop();
}
