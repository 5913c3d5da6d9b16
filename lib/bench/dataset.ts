import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { loadCatalogFiles } from "@/lib/catalog/load-files";
import { isDerived } from "@/lib/catalog/types";
import { generateDemoValues } from "@/lib/seed/demo-values";
import { displayPrefix, generateToken, hashToken } from "@/lib/tokens/token";

// The bench's national-scale dataset: 34 organisations × 120 months × every stored indicator of the
// catalog, a director with a token for the timed calls, and the crowd's users (each an office
// compiler of one organisation, with a token).

export const organisations = 34;
export const crowdSize = 100;
export const benchPassword = "bench-password";
/** Every indicator in every month from 2016-11 to 2026-10, whatever months the catalog reports it in. */
export const months = Array.from(
  { length: 120 },
  (_, k) => (2016 + Math.floor((k + 10) / 12)) * 100 + ((k + 10) % 12) + 1,
);

export interface CrowdMember {
  username: string;
  token: string;
  org: string;
  /** A month after the dataset's, this member's own to save in its organisation. */
  period: string;
  /** The indicator it saves, and a figure for it that passes the checks (its organisation's latest). */
  indicator: string;
  value: number;
}

export interface BenchDataset {
  /** The director's token (organisation tinh-1). */
  token: string;
  values: number;
  storedIndicators: number;
  crowd: CrowdMember[];
  seconds: number;
}

async function insertToken(client: pg.Client, userId: string): Promise<string> {
  const token = generateToken();
  await client.query(
    `INSERT INTO "ApiToken"(id, "userId", name, "tokenHash", prefix) VALUES ($1, $2, 'bench', $3, $4)`,
    [`${userId}-token`, userId, hashToken(token), displayPrefix(token)],
  );
  return token;
}

/** Loads the dataset into the migrated, empty database at url. */
export async function loadBenchDataset(url: string): Promise<BenchDataset> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { fields, indicators } = await loadCatalogFiles();
    for (const f of fields)
      await client.query(`INSERT INTO "Field"(code, "nameVi", "nameEn", "sortOrder") VALUES ($1,$2,$3,$4)`, [
        f.code,
        f.nameVi,
        f.nameEn,
        f.sortOrder,
      ]);
    for (const i of indicators) {
      await client.query(
        `INSERT INTO "Indicator"(code, "fieldCode", "nameVi", "nameEn", "unitVi", "unitEn", kind, "parentCode", "numeratorCode", "denominatorCode", decimals, exhaustive, "higherIsBetter", "isKey", "activeFrom", "activeTo", example, "sortOrder")
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
        [
          i.code,
          i.field,
          i.nameVi,
          i.nameEn,
          i.unitVi,
          i.unitEn,
          i.kind,
          i.parent,
          i.numerator,
          i.denominator,
          i.decimals,
          i.exhaustive,
          i.higherIsBetter,
          i.isKey,
          i.activeFrom,
          i.activeTo,
          i.example,
          i.sortOrder,
        ],
      );
    }
    // The same load each run, whatever months the catalog reports an indicator in.
    const catalog = indicators.map((i) => ({ ...i, activeFrom: null, activeTo: null }));
    let total = 0;
    const crowdIndicator = "tel.bts";
    const latest = new Map<string, number>();
    for (let o = 1; o <= organisations; o++) {
      const id = `bench-org-${o}`;
      await client.query(`INSERT INTO "Organisation"(id, code) VALUES ($1, $2)`, [id, `tinh-${o}`]);
      await client.query(
        `INSERT INTO "OrganisationProfile"(id, "organisationId", "effectiveFrom", name, "parentAuthority", place, "documentCode", "signerName", recipients) VALUES ($1,$2,'2016-01-01','Sở Khoa học và Công nghệ',$3,$4,'SKHCN','',ARRAY[]::text[])`,
        [`bench-profile-${o}`, id, `UBND tỉnh ${o}`, `Tỉnh ${o}`],
      );
      const values = generateDemoValues(catalog, months, { scale: 0.5 + (o % 7) * 0.25, salt: `o${o}` });
      for (let start = 0; start < values.length; start += 10_000) {
        const chunk = values.slice(start, start + 10_000);
        await client.query(
          `INSERT INTO "MonthValue"(id, "organisationId", "indicatorCode", "yearMonth", value, estimate)
           SELECT 'bv-' || $1 || '-' || (n + $6), $1, i, m, v::numeric, e FROM unnest($2::text[], $3::int[], $4::text[], $5::bool[]) WITH ORDINALITY AS t(i, m, v, e, n)`,
          [
            id,
            chunk.map((v) => v.indicator),
            chunk.map((v) => v.yearMonth),
            chunk.map((v) => v.value),
            chunk.map((v) => v.estimate),
            start,
          ],
        );
      }
      total += values.length;
      latest.set(
        `tinh-${o}`,
        Number(values.find((v) => v.indicator === crowdIndicator && v.yearMonth === months.at(-1))!.value),
      );
    }
    const passwordHash = await hashPassword(benchPassword);
    await client.query(
      `INSERT INTO "User"(id, "organisationId", username, "displayName", "passwordHash", role) VALUES ('bench-user', 'bench-org-1', 'bench', 'Bench', $1, 'director')`,
      [passwordHash],
    );
    const token = await insertToken(client, "bench-user");
    const crowd: CrowdMember[] = [];
    for (let n = 0; n < crowdSize; n++) {
      const o = 1 + (n % organisations);
      const username = `bench-crowd-${n}`;
      await client.query(
        `INSERT INTO "User"(id, "organisationId", username, "displayName", "passwordHash", role) VALUES ($1, $2, $1, $1, $3, 'compiler')`,
        [username, `bench-org-${o}`, passwordHash],
      );
      const month = 202611 + Math.floor(n / organisations);
      const period =
        month % 100 > 12
          ? `${Math.floor(month / 100) + 1}-01`
          : `${Math.floor(month / 100)}-${String(month % 100).padStart(2, "0")}`;
      crowd.push({
        username,
        token: await insertToken(client, username),
        org: `tinh-${o}`,
        period,
        indicator: crowdIndicator,
        value: latest.get(`tinh-${o}`)!,
      });
    }
    // As autovacuum would after a bulk load, and the checkpoint that would follow it: left to
    // themselves they run in the middle of the measurements.
    await client.query("VACUUM ANALYZE");
    await client.query("CHECKPOINT");
    return {
      token,
      values: total,
      storedIndicators: indicators.filter((i) => !isDerived(i.kind)).length,
      crowd,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
