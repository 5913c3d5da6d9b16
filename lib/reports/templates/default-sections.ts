import type { PeriodKind } from "@/lib/periods/period";
import { longerSections } from "./defaults/longer";
import { monthSections } from "./defaults/month";
import { quarterSections } from "./defaults/quarter";
import type { SectionTemplate } from "./types";

// The default report of each kind, from the department's own reports (shared/seeds): the monthly
// report from seed 000, the quarter's from seed 003, six and nine months and the year from seed
// 001. An organisation's own templates of a kind replace that kind's defaults.

/** The first month of two-level local government (2025-07-01): no more thị trấn, nor districts. */
export const twoLevelGovernmentFrom = 202507;

/**
 * A kind's default sections, worded as the seeds word them; for a period ending from July 2025 on
 * the commune level is named as it is since the reform (the district clauses drop out by
 * themselves: their indicators have no figures after June 2025).
 */
export function defaultSections(kind: PeriodKind, periodEnd?: number): SectionTemplate[] {
  const sections = kind === "month" ? monthSections : kind === "quarter" ? quarterSections : longerSections;
  if (periodEnd === undefined || periodEnd < twoLevelGovernmentFrom) return sections;
  return sections.map((section) => ({
    ...section,
    sentences: section.sentences.map((s) => s.replaceAll("xã, phường, thị trấn", "xã, phường, đặc khu")),
  }));
}
