import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIndicators } from "@/lib/catalog/data";
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// A database from before the 2025 reform entered the catalog (indicator years, no former names)
// gets it from what `npm start` runs on it: the migrations, then the seed's catalog sync.

const reformMigration = "20261123160259_indicator_months_former_names";

describe("an existing database meets the 2025 reform in the catalog", () => {
  let database: TestDatabase;
  let older: string;
  const given = process.env.DATABASE_URL;

  beforeAll(async () => {
    database = await createTestDatabase("reform");
    older = mkdtempSync(path.join(tmpdir(), "ict-migrations-"));
    for (const entry of readdirSync(migrationsDir))
      if (entry < reformMigration || entry === "migration_lock.toml")
        cpSync(path.join(migrationsDir, entry), path.join(older, entry), { recursive: true });
    await applyMigrations(database.url, older);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO "Field"(code, "nameVi", "nameEn", "sortOrder") VALUES ('it', 'Ứng dụng công nghệ thông tin', 'IT applications', 4), ('public_services', 'Dịch vụ công', 'Public services', 5)`,
    );
    const row = `INSERT INTO "Indicator"(code, "fieldCode", "nameVi", "nameEn", "unitVi", "unitEn", kind, "parentCode", decimals, "activeFrom", "activeTo", "sortOrder") VALUES ($1, $2, $3, $4, 'x', 'x', 'stock', $5, 0, $6, NULL, 1)`;
    await client.query(row, [
      "it.ioffice_agencies_district",
      "it",
      "Cơ quan cấp huyện sử dụng hệ thống",
      "District-level agencies on the system",
      "it.ioffice_agencies",
      null,
    ]);
    await client.query(row, [
      "it.communes_total",
      "it",
      "Tổng số xã phường thị trấn",
      "Communes wards and towns",
      null,
      null,
    ]);
    await client.query(row, [
      "ps.services_partial",
      "public_services",
      "Dịch vụ công trực tuyến một phần",
      "Partly-online public services",
      "ps.services_total",
      2023,
    ]);
    await client.end();
    await disconnectDb();
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = given;
    await database?.drop();
    rmSync(older, { recursive: true, force: true });
  });

  it("migrates the years to months, then the seed brings the catalog to the files, once", async () => {
    expect(await applyMigrations(database.url)).toEqual([
      reformMigration,
      ...readdirSync(migrationsDir).filter((e) => e > reformMigration && !e.includes(".")),
    ]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT "activeFrom" FROM "Indicator" WHERE code = 'ps.services_partial'`);
    await client.end();
    expect(rows[0].activeFrom).toBe(202301);

    const first = await seedDatabase({ demo: false });
    expect(first.catalogChanges).toBeGreaterThan(100);
    const catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
    expect(catalog.get("it.ioffice_agencies_district")).toMatchObject({ activeFrom: null, activeTo: 202506 });
    expect(catalog.get("it.communes_total")).toMatchObject({
      nameVi: "Tổng số xã, phường, đặc khu",
      formerNames: [{ until: 202506, nameVi: "Tổng số xã, phường, thị trấn", nameEn: "Communes, wards and towns" }],
    });
    expect(catalog.get("ps.services_partial")).toMatchObject({ activeFrom: 202301, activeTo: null });
    // The aliases column (reading past reports) is synced too, and a second seed leaves it alone.
    expect(catalog.get("tel.bts")?.aliases).toEqual(["trạm thu, phát sóng thông tin di động", "trạm BTS"]);
    expect(catalog.get("tel.cable_cabinets")?.aliases).toEqual([]);

    expect(await seedDatabase({ demo: false })).toEqual({ catalogChanges: 0, demoCreated: false });
  });
});
