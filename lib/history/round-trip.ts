import Decimal from "decimal.js";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { moneyWordings, type MoneyWording } from "@/lib/format/number";
import {
  addMonths,
  formatPeriodCode,
  periodKinds,
  periodRange,
  splitYearMonth,
  type Period,
} from "@/lib/periods/period";
import { composeReport, type Figure } from "@/lib/reports/compose";
import { defaultSections } from "@/lib/reports/templates/default-sections";
import type { SectionTemplate } from "@/lib/reports/templates/types";
import { buildReportDocx } from "@/lib/reports/docx";
import { collectCues } from "./cues";
import { valueForIndicator } from "./figure-value";
import { randomSource } from "./random-source";
import { numberValue } from "./number-grammar";
import type { AnswerKey } from "./evaluate";

// The round trip: drafts the product composes itself (random catalog subsets, values, periods of
// every kind, money wordings, estimates, comparisons and activities with numbers of their own),
// written to DOCX; reading their text back must give the figures they state. Deterministic: the
// same seed gives the same drafts.

export interface RoundTripDraft {
  name: string;
  docx: Buffer;
  key: AnswerKey;
  /** The organisation's own templates when the draft used them (given to the reader as they would be). */
  templates: string[];
}

const profile = {
  name: "Sở Thông tin và Truyền thông",
  parentAuthority: "UBND tỉnh Trà Vinh",
  place: "Trà Vinh",
  documentCode: "STTTT",
  archiveUnit: "VP",
  signerName: "Nguyễn Văn A",
  signerIsDeputy: true,
  recipients: ["Bộ Thông tin và Truyền thông (b/c)"],
};

const activities = [
  {
    id: "a1",
    fieldCode: "it",
    kind: "done" as const,
    text: "Tổ chức 03 lớp tập huấn chuyển đổi số cho 120 học viên ngày 15/3.",
  },
  {
    id: "a2",
    fieldCode: "press",
    kind: "done" as const,
    text: "Phối hợp tổ chức 02 hội nghị với 150 đại biểu tham dự theo Kế hoạch số 45/KH-UBND.",
  },
  {
    id: "a3",
    fieldCode: "directive",
    kind: "plan" as const,
    text: "Triển khai 05 nhiệm vụ trọng tâm theo Quyết định số 123/QĐ-UBND.",
  },
];

function randomPeriod(next: () => number): Period {
  const kind = periodKinds[Math.floor(next() * periodKinds.length)];
  const year = 2019 + Math.floor(next() * 8);
  const index =
    kind === "month"
      ? 1 + Math.floor(next() * 12)
      : kind === "quarter"
        ? 1 + Math.floor(next() * 4)
        : kind === "half"
          ? 1 + Math.floor(next() * 2)
          : 1;
  return { kind, year, index };
}

/** A value as staff type it: counts of any size, the catalog's decimals, money in whole thousands of đồng. */
function randomValue(indicator: CatalogIndicator, next: () => number): string {
  if (indicator.unitVi === "%")
    return new Decimal(Math.floor(next() * 1001)).div(10).toDecimalPlaces(indicator.decimals).toFixed();
  const magnitude = Math.pow(10, next() * (indicator.unitVi === "đồng" ? 9 : 5));
  const raw = new Decimal(magnitude).toDecimalPlaces(indicator.decimals, Decimal.ROUND_DOWN);
  return indicator.unitVi === "đồng" ? raw.div(1000).floor().times(1000).toFixed() : raw.toFixed();
}

/** An organisation's own wording: the sentences of each section in another order, "Trong kỳ báo cáo" opening them. */
function organisationSections(sections: SectionTemplate[]): SectionTemplate[] {
  return sections.map((s) => ({
    ...s,
    sentences: [...s.sentences].reverse().map((t) => t.replace(/^Trong (tháng|quý|kỳ)/, "Trong kỳ báo cáo")),
  }));
}

/** The value a printed figure states, in its indicator's unit ("7,512 triệu đồng" is 7512000 đồng). */
function printedValue(printed: string, indicator: CatalogIndicator): string | null {
  const match = /^([\d.,]+)(?:\s+(triệu|tỷ))?/.exec(printed.trim());
  const value = match ? numberValue(match[1]) : null;
  if (!match || value === null) return null;
  const money = /đồng$/.test(printed.trim());
  return valueForIndicator(
    {
      value,
      percent: indicator.unitVi.trim() === "%",
      scale: match[2] === "tỷ" ? 9 : match[2] === "triệu" ? 6 : 0,
      money,
    },
    indicator,
  );
}

export async function roundTripDrafts(
  catalog: CatalogIndicator[],
  count: number,
  seed = 12,
): Promise<RoundTripDraft[]> {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const fieldNames = new Map<string, string>();
  const { partners } = collectCues({ catalog });
  const drafts: RoundTripDraft[] = [];
  for (let n = 0; n < count; n++) {
    const next = randomSource(seed * 1000 + n);
    const period = randomPeriod(next);
    const periodEnd = periodRange(period)[1];
    const stored = catalogOfPeriod(catalog, period).filter((i) => !isDerived(i.kind));
    const share = 0.2 + next() * 0.8;
    const chosen = stored.filter(() => next() < share);
    const figures = new Map<string, Figure>();
    for (const indicator of chosen) {
      const value = randomValue(indicator, next);
      const lastYear = next() < 0.4 ? randomValue(indicator, next) : null;
      figures.set(indicator.code, { value, estimate: next() < 0.2, previous: null, lastYear, targetPct: null });
    }
    // A part never exceeds its whole ("75/106"): the product's checks refuse a numerator above its denominator.
    for (const [part, whole] of partners) {
      const [a, b] = [figures.get(part), figures.get(whole)];
      if (a?.value && b?.value && new Decimal(a.value).gt(b.value)) [a.value, b.value] = [b.value, a.value];
    }
    for (const ratio of catalog.filter((i) => isDerived(i.kind))) {
      const numerator = figures.get(ratio.numerator ?? "")?.value;
      const denominator = figures.get(ratio.denominator ?? "")?.value;
      if (numerator && denominator && !new Decimal(denominator).isZero())
        figures.set(ratio.code, {
          value: new Decimal(numerator).div(denominator).times(100).toDecimalPlaces(ratio.decimals).toFixed(),
          estimate: false,
          previous: null,
          lastYear: null,
          targetPct: null,
        });
    }
    const ownTemplates = next() < 0.35;
    const sections = ownTemplates
      ? organisationSections(defaultSections(period.kind, periodEnd))
      : defaultSections(period.kind, periodEnd);
    const moneyWording: MoneyWording = moneyWordings[Math.floor(next() * moneyWordings.length)];
    const { year, month } = splitYearMonth(addMonths(periodEnd, 1));
    const content = composeReport({
      period,
      date: { year, month, day: 1 + Math.floor(next() * 20) },
      number: next() < 0.5 ? null : 1 + Math.floor(next() * 900),
      profile: { ...profile, moneyWording },
      catalog: byCode,
      fieldNames,
      figures,
      sections,
      activities: next() < 0.6 ? activities : [],
    });
    const expected = (content.figures ?? []).flatMap((f) => {
      const value = printedValue(f.printed, byCode.get(f.code)!);
      return value === null ? [] : [{ indicator: f.code, value }];
    });
    drafts.push({
      name: `draft ${n + 1} (${formatPeriodCode(period)}, ${chosen.length} figures${ownTemplates ? ", own templates" : ""}, ${moneyWording})`,
      docx: await buildReportDocx(content),
      key: { kind: period.kind, period: formatPeriodCode(period), figures: expected },
      templates: ownTemplates ? sections.flatMap((s) => s.sentences) : [],
    });
  }
  return drafts;
}
