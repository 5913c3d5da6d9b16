import { expect } from "vitest";
import { PUT as putValues } from "@/app/api/v1/values/route";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { isDerived } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { apiRequest } from "./api";

// 100 saves of a month's figures sent at once, as a crowd of users would: what each was answered,
// and what the database holds after. Years far from the demo's figures, removed by `clearBurst`.

export const burstOrg = "tra-vinh-stttt";
const burstYear = 2032;

export interface BurstSave {
  indicator: string;
  period: string;
  value: number;
  status: number;
  retryAfter: string | null;
  message: string | null;
}

/** The stored indicators of the burst's year: each caller of `ownIndicators` saves one of them in a month of its own. */
async function storedIndicators(): Promise<string[]> {
  const catalog = catalogOfPeriod(await findIndicators(), { kind: "year", year: burstYear, index: 1 });
  return catalog.filter((i) => !isDerived(i.kind) && i.frequency === "monthly").map((i) => i.code);
}

async function send(token: string, save: Omit<BurstSave, "status" | "retryAfter" | "message">): Promise<BurstSave> {
  const response = await putValues(
    apiRequest("/api/v1/values", {
      token,
      method: "PUT",
      body: { org: burstOrg, period: save.period, values: [{ indicator: save.indicator, value: save.value }] },
    }),
    {},
  );
  const body = response.status === 200 ? null : ((await response.json()) as { error?: { message?: string } });
  return {
    ...save,
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    message: body?.error?.message ?? null,
  };
}

/** 100 callers at once, each its own indicator (or, with `oneIndicator`, all the same cell with values 1 to 100). */
export async function saveBurst(token: string, { oneIndicator = false, callers = 100 } = {}): Promise<BurstSave[]> {
  const codes = await storedIndicators();
  const saves = Array.from({ length: callers }, (_, i) =>
    oneIndicator
      ? { indicator: "tel.bts", period: `${burstYear}-12`, value: i + 1 }
      : {
          indicator: codes[i % codes.length],
          period: `${burstYear}-${String(1 + Math.floor(i / codes.length)).padStart(2, "0")}`,
          value: 0,
        },
  );
  return Promise.all(saves.map((save) => send(token, save)));
}

/** Every save answered 200 was stored and audited once; every other left no trace. */
export async function expectBurstStored(saves: BurstSave[]): Promise<void> {
  const organisation = await db().organisation.findUniqueOrThrow({ where: { code: burstOrg }, select: { id: true } });
  const rows = await db().monthValue.findMany({
    where: { organisationId: organisation.id, yearMonth: { gte: burstYear * 100, lt: (burstYear + 1) * 100 } },
    select: { indicatorCode: true, yearMonth: true, version: true },
  });
  const audits = await db().valueAudit.groupBy({
    by: ["indicatorCode", "yearMonth"],
    where: { organisationId: organisation.id, yearMonth: { gte: burstYear * 100, lt: (burstYear + 1) * 100 } },
    _count: true,
  });
  const key = (indicator: string, yearMonth: number) => `${indicator}@${yearMonth}`;
  const stored = new Map(rows.map((r) => [key(r.indicatorCode, r.yearMonth), r.version]));
  const audited = new Map(audits.map((a) => [key(a.indicatorCode, a.yearMonth), a._count]));
  const savedIn = new Map<string, number>();
  for (const s of saves) {
    const cell = key(s.indicator, Number(s.period.replace("-", "")));
    savedIn.set(cell, (savedIn.get(cell) ?? 0) + (s.status === 200 ? 1 : 0));
  }
  for (const [cell, saved] of savedIn) {
    // A value's version counts its changes, each of them audited (values 1 to 100 all differ).
    expect(stored.get(cell) ?? 0, cell).toBe(saved);
    expect(audited.get(cell) ?? 0, cell).toBe(saved);
  }
}

export async function clearBurst(): Promise<void> {
  const organisation = await db().organisation.findUniqueOrThrow({ where: { code: burstOrg }, select: { id: true } });
  const yearMonth = { gte: burstYear * 100, lt: (burstYear + 1) * 100 };
  await db().valueAudit.deleteMany({ where: { organisationId: organisation.id, yearMonth } });
  await db().monthValue.deleteMany({ where: { organisationId: organisation.id, yearMonth } });
}
