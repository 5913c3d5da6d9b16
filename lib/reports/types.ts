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
  figures?: Record<string, number | null>;
  /** Indicators without a figure: the sentence is flagged, never printed with a blank. */
  missing?: string[];
  /** Typed over by a person: a refresh keeps the text. */
  edited?: boolean;
  /** Figures changed since this edited paragraph was composed. */
  stale?: boolean;
  /** The last refresh changed this composed paragraph's figures. */
  updated?: boolean;
}

export interface ReportContent {
  header: {
    parentAuthority: string;
    organisationName: string;
    numberLine: string;
    dateLine: string;
    summary: string;
  };
  paragraphs: ReportParagraph[];
  closing: string;
  recipients: string[];
  signer: SignerBlock;
  composedAt: string;
}
