import type { CatalogIndicator } from "@/lib/catalog/types";
import type { PeriodKind } from "@/lib/periods/period";

export type CueSource = "template" | "organisation" | "alias" | "name";

export interface Cue {
  indicator: string;
  source: CueSource;
  left: string[];
  right: string[];
  /** A part read only among the parts of this total (a template's nested clause). */
  partOf: string | null;
  /** Words that, around a number, rule this indicator out. */
  negative: boolean;
  /** A name or alias before the number: it must end right before it ("Số lượt tiếp công dân: 01"). */
  adjacentLeft: boolean;
  /** A template sentence's opening, before its first number ("Dịch vụ công trực tuyến một phần:"): found earlier in the sentence, it tips the balance. */
  topic: string[];
}

/** An alias that an organisation's reviewer gave a phrase of its reports. */
export interface OrganisationAlias {
  indicator: string;
  phrase: string;
}

/** What the engine reads with: the catalog (findIndicators), the organisation's sentence templates and aliases. */
export interface ReadReportContext {
  catalog: CatalogIndicator[];
  /** The organisation's own sentence templates (any kind); the default ones are always read too. */
  templates?: string[];
  /** Phrases the organisation's reviewers assigned to indicators. */
  aliases?: OrganisationAlias[];
}

/** How a candidate was found: a cue's source, as a part of a total found before it, or as the whole of "a/b". */
export type CandidateSource = CueSource | "part" | "pair";

/** A figure read from the report, for a person to confirm. */
export interface ImportCandidate {
  /** `${indicator}@${start}`: stable for the same text. */
  key: string;
  indicator: string;
  /** Exact decimal string in the indicator's unit (money converted: "120,4 tỷ đồng" is 120.4 for tỷ đồng). */
  value: string;
  /** The report says trên, gần, hơn, khoảng, trên dưới. */
  approximate: boolean;
  /** The report says ước or (ước). */
  estimate: boolean;
  /** The sentence the number stands in, on one line. */
  sentence: string;
  /** The number's characters in the text given: text.slice(start, end). */
  start: number;
  end: number;
  /** The candidate proposed for its indicator; the others are kept for review. */
  best: boolean;
  score: number;
  /** How sure the reading is, 0 to 1 (confidence.ts); below the threshold it is only a suggestion. Absent in readings stored before. */
  confidence?: number;
  source: CandidateSource;
}

/** A number of the report that is neither a candidate nor a date, year, document number or section number. */
export interface UnmatchedNumber {
  /** As printed: "7 500 000", "86,4". */
  number: string;
  /** Its exact value before units: "7500000", "86.4". */
  value: string;
  percent: boolean;
  /** Power of ten of a following nghìn/triệu/tỷ. */
  scale: number;
  /** Followed by đồng. */
  money: boolean;
  approximate: boolean;
  estimate: boolean;
  /** The counting word after it ("trường hợp"), when the reader knows it: an indicator of another unit cannot take it. */
  counting?: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface ReadReportResult {
  kind: PeriodKind | null;
  period: string | null;
  candidates: ImportCandidate[];
  unmatched: UnmatchedNumber[];
}
