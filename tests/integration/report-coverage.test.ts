import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { findIndicators } from "@/lib/catalog/data";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db, disconnectDb } from "@/lib/db/client";
import { formatMoney, formatNumber } from "@/lib/format/number";
import { parsePeriod, periodMonths } from "@/lib/periods/period";
import { getReport } from "@/lib/reports/data";
import { buildReportDocx } from "@/lib/reports/docx";
import { findReportFigures } from "@/lib/reports/figures";
import { createReport } from "@/lib/reports/mutations";
import { generateDemoValues } from "@/lib/seed/demo-values";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";
import { docxText, statesNumber } from "../support/docx-text";

// The office's Word file states what staff entered: every figure of a nine-month period, and every
// catalog figure the department's real reports (seeds 001 and 003) state, in their order of fields.

interface SeedKey {
  kind: "month" | "quarter" | "half" | "nine" | "year";
  period: string;
  fieldOrder: string[];
  figures: { indicator: string; value: string }[];
}

const seedKey = (name: string): SeedKey =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../fixtures/seeds/${name}.json`), "utf8"));

let office: SessionUser;
let catalog: Map<string, CatalogIndicator>;

/** Saves month values through the same checks as the entry page, a month at a time. */
async function enter(yearMonth: number, values: { indicator: string; value: string }[]) {
  await saveMonthValues({
    actor: office,
    organisationId: office.organisationId,
    yearMonth,
    values: values.map((v) => ({ ...v, note: "Số liệu kiểm thử" })),
    locale: "vi",
  });
}

const printed = (indicator: CatalogIndicator, value: string) =>
  indicator.unitVi === "đồng" ? formatMoney(value, "dong") : formatNumber(value, indicator.decimals);

async function draftText(kind: SeedKey["kind"], period: string) {
  const { id } = await createReport({ actor: office, organisationId: office.organisationId, kind, period });
  const report = await getReport({ organisationId: office.organisationId, id });
  return { content: report.content, text: await docxText(await buildReportDocx(report.content)) };
}

beforeAll(async () => {
  await seedDatabase({ demo: true });
  const user = await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } });
  office = (await getSessionUserById(user.id))!;
  catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
  // Other files of the suite share this database and may have changed the wording of money.
  await db().organisationProfile.updateMany({
    where: { organisationId: office.organisationId },
    data: { moneyWording: "dong" },
  });
});
afterAll(() => disconnectDb());

describe("a nine-month draft after every stored indicator was entered for January to September", () => {
  it("states every entered figure in the Word file", async () => {
    const months = periodMonths(parsePeriod("2020-9M")!);
    const values = generateDemoValues([...catalog.values()], months, { scale: 1.3, salt: "coverage" });
    for (const month of months)
      await enter(
        month,
        values.filter((v) => v.yearMonth === month),
      );
    const figures = await findReportFigures({ organisationId: office.organisationId, period: parsePeriod("2020-9M")! });
    const entered = [...new Set(values.map((v) => v.indicator))];
    const { content, text } = await draftText("nine", "2020-9M");
    const missing = entered.filter(
      (code) => !statesNumber(text, printed(catalog.get(code)!, figures.get(code)!.value!)),
    );
    expect(entered.length).toBeGreaterThan(90);
    expect(missing).toEqual([]);
    expect(content.figures!.map((f) => f.code).sort()).toEqual([...entered].sort());
  });
});

// 001 first: its nine months would otherwise include 003's first quarter, entered in the same organisation.
describe.each(["001", "003"])("seed %s's figures, entered", (name) => {
  const key = seedKey(name);

  it("come back in the draft of its period, every one, in the seed's order of fields", async () => {
    const period = parsePeriod(key.period)!;
    const last = periodMonths(period).at(-1)!;
    // Seed 001 prints 443 iOffice agencies with parts that add up to 510: the entry page refuses
    // parts that do not add up to an exhaustive total, so the parts of that line are left out.
    const exhaustiveMismatch = (code: string) => {
      const total = catalog.get(code)!;
      const parts = key.figures.filter((f) => catalog.get(f.indicator)!.parent === code);
      const sum = parts.reduce((s, p) => s + Number(p.value), 0);
      // Parts whose total the seed leaves out (each level's dossiers: in person and online) cannot disagree with it.
      const stated = key.figures.find((f) => f.indicator === code);
      return total.exhaustive && parts.length > 0 && stated !== undefined && sum !== Number(stated.value);
    };
    const figures = key.figures.filter(
      (f) => !(catalog.get(f.indicator)!.parent && exhaustiveMismatch(catalog.get(f.indicator)!.parent!)),
    );
    // A period's flow is the sum of its months and a stock its last month: each figure goes into the period's last month.
    await enter(last, figures);
    const { content, text } = await draftText(key.kind, key.period);
    for (const f of figures)
      expect(statesNumber(text, printed(catalog.get(f.indicator)!, f.value)), `${f.indicator} = ${f.value}`).toBe(true);

    const firstStated = (code: string) => content.paragraphs.findIndex((p) => p.states?.includes(code));
    const order = figures
      .map((f) => ({ field: catalog.get(f.indicator)!.field, at: firstStated(f.indicator) }))
      .sort((a, b) => a.at - b.at);
    expect(order.every((o) => o.at >= 0)).toBe(true);
    // Stated by the kind's default sentences, in the seed's wording, not by a generated fallback.
    expect(
      figures
        .filter((f) => !content.paragraphs[firstStated(f.indicator)].key.startsWith("tpl:"))
        .map((f) => f.indicator),
    ).toEqual([]);
    expect([...new Set(order.map((o) => o.field))]).toEqual(key.fieldOrder);
  });
});
