import type { SignerBlock } from "./wording";

export type ParagraphStyle = "heading1" | "heading2" | "body";

export interface ReportParagraph {
  /** Stable across refreshes: `tpl:<section>:<n>`, `act:<id>`, `fixed:<name>` or `typed:<n>`. */
  key: string;
  style: ParagraphStyle;
  text: string;
  /** The template it was composed from, if any. */
  template?: string;
  /** Figures used, to tell which changed when the draft is refreshed. */
  figures?: Record<string, string | null>;
  /** Indicators without a figure: the sentence is flagged, never printed with a blank. */
  missing?: string[];
  /** Indicators whose figure this paragraph prints (for coverage). */
  states?: string[];
  /** A part the office writes (the assessment) or a plan without items: flagged, not printed while empty. */
  placeholder?: "assessment" | "plan";
  /** Typed over by a person: a refresh keeps the text. */
  edited?: boolean;
  /** Figures changed since this edited paragraph was composed. */
  stale?: boolean;
  /** The last refresh changed this composed paragraph's figures. */
  updated?: boolean;
}

/** A figure of the report's period: what counts as stating it and the sentence that would. */
export interface PeriodFigure {
  code: string;
  name: string;
  /** The section (key) its field belongs to. */
  section: string;
  /** The figure as printed (e.g. "31.888,142"): a paragraph states it when its text contains this. */
  printed: string;
  /** A generated sentence stating it, for the one-click "add to the draft". */
  sentence: string;
}

export interface ReportContent {
  header: {
    parentAuthority: string;
    organisationName: string;
    /** The organisation's name as printed in the header, line by line (breaks only between words chosen by the organisation or the layout). */
    organisationLines?: string[];
    numberLine: string;
    dateLine: string;
    summary: string;
  };
  paragraphs: ReportParagraph[];
  /** Every figure of the period, with the sentence that states it when no template does (coverage). */
  figures?: PeriodFigure[];
  closing: string;
  /** The summary line and closing with and without the plan for the next period (the title names it only when there is one). */
  titles?: Record<"withPlan" | "withoutPlan", { summary: string; closing: string }>;
  recipients: string[];
  signer: SignerBlock;
  composedAt: string;
}
