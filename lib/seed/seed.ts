import "server-only";
import { findIndicators } from "@/lib/catalog/data";
import { loadCatalogFiles } from "@/lib/catalog/load-files";
import { syncCatalog } from "@/lib/catalog/mutations";
import { db } from "@/lib/db/client";
import { addMonths, monthOf, monthsBetween } from "@/lib/periods/period";
import { countOrganisations } from "@/lib/org/data";
import { createOrganisation, saveProfile, saveUnit, saveUser, setOrganisationAccess } from "@/lib/org/mutations";
import { placeProvincesUnder } from "@/lib/org/tree";
import {
  demoActivitiesOf,
  demoMinistry,
  demoMinistryReviewer,
  demoOrganisation,
  demoPassword,
  demoPeerDirector,
  demoProfiles,
  demoUnits,
  demoUsers,
  demoViewer,
  secondDemoOrganisation,
} from "./demo-organisation";
import { generateDemoTargets } from "./demo-targets";
import { generateDemoValues } from "./demo-values";

export interface SeedResult {
  catalogChanges: number;
  demoCreated: boolean;
}

/** Months from January 2022 to the month before `today`. */
export function demoMonths(today: Date): number[] {
  return monthsBetween(202201, addMonths(monthOf(today), -1));
}

/**
 * The catalog always; the demo organisations only into a database without any organisation, so
 * never beside a real one, whose installation the demo's shared password would open.
 */
export async function seedDatabase({ demo, today = new Date() }: { demo: boolean; today?: Date }): Promise<SeedResult> {
  const { fields, indicators } = await loadCatalogFiles();
  const { changed } = await syncCatalog(db(), fields, indicators);
  const demoCreated = demo && (await countOrganisations()) === 0;
  if (demoCreated) {
    await createDemoOrganisation(today);
    await createComparisonDemo(today);
  }
  return { catalogChanges: changed, demoCreated };
}

/** A second province with its own figures and a director who compares it with the first, and the ministry both report to. */
async function createComparisonDemo(today: Date): Promise<void> {
  const second = await createOrganisation({ ...secondDemoOrganisation, isDemo: true, allowWeakPassword: true });
  await insertDemoValues(second.id, today, { scale: 1.3, salt: "ha-tinh" });
  const { sees, ...peer } = demoPeerDirector;
  await saveUser({
    organisationId: second.id,
    user: { ...peer, unitId: null, password: demoPassword, active: true },
    allowWeakPassword: true,
  });
  await setOrganisationAccess({ username: peer.username, codes: sees });
  const ministry = await createOrganisation({ ...demoMinistry, isDemo: true, allowWeakPassword: true });
  await saveUser({
    organisationId: ministry.id,
    user: { ...demoViewer, unitId: null, password: demoPassword, active: true },
    allowWeakPassword: true,
  });
  await saveUser({
    organisationId: ministry.id,
    user: { ...demoMinistryReviewer, unitId: null, password: demoPassword, active: true },
    allowWeakPassword: true,
  });
  // Trà Vinh's department is Vĩnh Long's since July 2025; the other provinces have no users or figures.
  await placeProvincesUnder({
    parentId: ministry.id,
    standIns: { "vinh-long-skhcn": demoOrganisation.code, "ha-tinh-skhcn": secondDemoOrganisation.code },
  });
  await db().organisation.updateMany({ where: { parentId: ministry.id }, data: { isDemo: true } });
}

async function createDemoOrganisation(today: Date): Promise<void> {
  const { id: organisationId } = await createOrganisation({
    ...demoOrganisation,
    isDemo: true,
    allowWeakPassword: true,
  });
  try {
    for (const profile of demoProfiles.slice(1)) await saveProfile({ organisationId, profile });
    for (const unit of demoUnits) await saveUnit({ organisationId, unit });
    const units = new Map(
      (await db().unit.findMany({ where: { organisationId }, select: { id: true, code: true } })).map((u) => [
        u.code,
        u.id,
      ]),
    );
    for (const user of demoUsers) {
      await saveUser({
        organisationId,
        user: { ...user, unitId: user.unit ? units.get(user.unit)! : null, password: demoPassword, active: true },
        allowWeakPassword: true,
      });
    }
    await insertDemoValues(organisationId, today);
    const months = demoMonths(today);
    await db().activity.createMany({
      data: [202306, 202309, months[months.length - 1]].flatMap((yearMonth) =>
        demoActivitiesOf(yearMonth).map((a) => ({
          organisationId,
          yearMonth,
          fieldCode: a.field,
          kind: a.kind,
          text: a.text,
        })),
      ),
    });
  } catch (error) {
    await db().organisation.delete({ where: { id: organisationId } });
    throw error;
  }
}

/** The demo's figures, and its year targets, set by its director where there is one. */
async function insertDemoValues(
  organisationId: string,
  today: Date,
  options?: { scale: number; salt: string },
): Promise<void> {
  const catalog = await findIndicators();
  const enteredBy = await fieldEditors(organisationId);
  const fieldOf = new Map(catalog.map((i) => [i.code, i.field]));
  const values = generateDemoValues(catalog, demoMonths(today), options);
  const rows = values.map((v) => ({
    organisationId,
    indicatorCode: v.indicator,
    yearMonth: v.yearMonth,
    value: v.value,
    estimate: v.estimate,
    note: v.note ?? null,
    updatedById: enteredBy.get(fieldOf.get(v.indicator)!) ?? enteredBy.get("*") ?? null,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db().monthValue.createMany({ data: rows.slice(i, i + 1000) });
  const director = await db().user.findFirst({ where: { organisationId, role: "director" }, select: { id: true } });
  await db().yearTarget.createMany({
    data: generateDemoTargets(catalog, values).map((t) => ({
      organisationId,
      indicatorCode: t.indicator,
      year: t.year,
      value: t.value,
      setById: director?.id ?? null,
    })),
  });
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
