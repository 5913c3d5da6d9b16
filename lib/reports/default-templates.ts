import type { PeriodKind } from "@/lib/periods/period";
import { longerSections } from "./defaults/longer";
import { monthSections } from "./defaults/month";
import { quarterSections } from "./defaults/quarter";

// The default report of each kind, from the department's own reports (shared/seeds): the monthly
// report from seed 000, the quarter's from seed 003, six and nine months and the year from seed
// 001. An organisation's own templates of a kind replace that kind's defaults.

export interface SectionTemplate {
  key: string;
  heading: string;
  /** Fields whose figures, activities and plans belong to this section. */
  fields: string[];
  sentences: string[];
}

export function defaultSections(kind: PeriodKind): SectionTemplate[] {
  switch (kind) {
    case "month":
      return monthSections;
    case "quarter":
      return quarterSections;
    case "half":
    case "nine":
    case "year":
      return longerSections;
  }
}
