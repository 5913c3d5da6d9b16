import "server-only";
import { findIndicators } from "@/lib/catalog/data";
import { loadCatalogFiles } from "@/lib/catalog/load-files";
import { syncCatalog } from "@/lib/catalog/mutations";
import { db } from "@/lib/db/client";
import { countOrganisations } from "@/lib/org/data";
import { createOrganisation, saveProfile, saveUnit, saveUser } from "@/lib/org/mutations";
import { demoOrganisation, demoPassword, demoProfiles, demoUnits, demoUsers } from "./demo-organisation";
import { generateDemoValues } from "./demo-values";

export interface SeedResult {
  catalogChanges: number;
  demoCreated: boolean;
}

/** Months from January 2022 to the month before `today`. */
export function demoMonths(today: Date): number[] {
  const months: number[] = [];
  const end = today.getUTCFullYear() * 12 + today.getUTCMonth() - 1;
  for (let m = 2022 * 12; m <= end; m++) months.push(Math.floor(m / 12) * 100 + (m % 12) + 1);
  return months;
}

/** The catalog always; the demo organisation only into a database without organisations. */
export async function seedDatabase({ demo, today = new Date() }: { demo: boolean; today?: Date }): Promise<SeedResult> {
  const { fields, indicators } = await loadCatalogFiles();
  const { changed } = await syncCatalog(db(), fields, indicators);
  const demoCreated = demo && (await countOrganisations()) === 0;
  if (demoCreated) await createDemoOrganisation(today);
  return { catalogChanges: changed, demoCreated };
}

async function createDemoOrganisation(today: Date): Promise<void> {
  const { id: organisationId } = await createOrganisation({ ...demoOrganisation, isDemo: true });
  try {
    for (const profile of demoProfiles.slice(1)) await saveProfile({ organisationId, profile });
    for (const unit of demoUnits) await saveUnit({ organisationId, unit });
    const units = new Map((await db().unit.findMany({ where: { organisationId }, select: { id: true, code: true } })).map((u) => [u.code, u.id]));
    for (const user of demoUsers) {
      await saveUser({ organisationId, user: { ...user, unitId: user.unit ? units.get(user.unit)! : null, password: demoPassword, active: true } });
    }
    await insertDemoValues(organisationId, today);
  } catch (error) {
    await db().organisation.delete({ where: { id: organisationId } });
    throw error;
  }
}

async function insertDemoValues(organisationId: string, today: Date): Promise<void> {
  const catalog = await findIndicators();
  const enteredBy = await fieldEditors(organisationId);
  const fieldOf = new Map(catalog.map((i) => [i.code, i.field]));
  const rows = generateDemoValues(catalog, demoMonths(today)).map((v) => ({
    organisationId,
    indicatorCode: v.indicator,
    yearMonth: v.yearMonth,
    value: v.value,
    estimate: v.estimate,
    updatedById: enteredBy.get(fieldOf.get(v.indicator)!) ?? enteredBy.get("*") ?? null,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db().monthValue.createMany({ data: rows.slice(i, i + 1000) });
}

/** Who the demo says entered each field: the unit's editor, else the office. */
async function fieldEditors(organisationId: string): Promise<Map<string, string>> {
  const users = await db().user.findMany({
    where: { organisationId, role: { in: ["editor", "compiler"] } },
    select: { id: true, role: true, unit: { select: { fields: { select: { fieldCode: true } } } } },
  });
  const map = new Map<string, string>();
  for (const user of users) {
    if (user.role === "compiler") map.set("*", user.id);
    for (const f of user.unit?.fields ?? []) if (user.role === "editor") map.set(f.fieldCode, user.id);
  }
  return map;
}
